package org.entente.application.dataset;

import java.util.List;
import org.entente.application.port.out.Storage;

/** The entry to checking and storing data sets, whose working parts stay package-private. */
public final class DataSets {
    private DataSets() {
    }

    /** Every problem that would make the set refused; empty when it may be stored. */
    public static List<DataSetProblem> inspect(DataSet set, Storage storage) {
        return new DataSetInspection(set, storage).problems();
    }

    /**
     * Stores a set already inspected through {@code recorder}, which keeps the history of each save; records stored
     * with the same content are left alone.
     */
    public static ImportReport store(DataSet set, Storage storage, Recorder recorder) {
        DataSetImport run = new DataSetImport(recorder);
        run.store(set, storage);
        return new ImportReport(run.created(), run.updated(), run.unchanged());
    }
}
