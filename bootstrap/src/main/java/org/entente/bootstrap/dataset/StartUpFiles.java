package org.entente.bootstrap.dataset;

import java.nio.file.Path;

/**
 * What the start-up is asked to do with data set files: seed an empty store with the shipped set
 * ({@code entente.seed.enabled}), import the file of {@code entente.import}, export to the file of
 * {@code entente.export}; a file not asked for is null.
 */
record StartUpFiles(boolean seed, Path importFile, Path exportFile) {
    /** The files of the settings as given, a blank one not asked for. */
    static StartUpFiles of(boolean seed, String importFile, String exportFile) {
        return new StartUpFiles(seed, pathOrNull(importFile), pathOrNull(exportFile));
    }

    /** Whether an empty store gets the shipped set: when asked, and no export is, since that is what the store holds. */
    boolean seedsAnEmptyStore() {
        return seed && exportFile == null;
    }

    private static Path pathOrNull(String file) {
        return file.isBlank() ? null : Path.of(file.trim());
    }
}
