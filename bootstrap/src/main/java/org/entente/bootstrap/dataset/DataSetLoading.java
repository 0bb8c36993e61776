package org.entente.bootstrap.dataset;

import java.nio.file.Path;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.application.dataset.ImportReport;
import org.entente.application.port.in.ExportDataSet;
import org.entente.application.port.in.ImportDataSet;
import org.entente.dataset.DataSetReader;
import org.entente.dataset.DataSetWriter;
import org.entente.dataset.ShippedDataSet;
import org.springframework.beans.factory.InitializingBean;

/**
 * What the service does with data set files at start-up, before it serves a request: the shipped Vietnam–Japan set
 * into an empty store ({@code entente.seed.enabled}, on by default), then the file of {@code entente.import}, then the
 * whole store into the file of {@code entente.export} (the process then exits; no seeding happens then, so that
 * the export is what the store holds). An invalid file stops the start with every problem named, nothing stored.
 */
public final class DataSetLoading implements InitializingBean {
    private static final Log log = LogFactory.getLog(DataSetLoading.class);

    private final ImportDataSet imports;
    private final ExportDataSet exports;
    private final StartUpFiles files;

    DataSetLoading(ImportDataSet imports, ExportDataSet exports, StartUpFiles files) {
        this.imports = imports;
        this.exports = exports;
        this.files = files;
    }

    @Override
    public void afterPropertiesSet() {
        DataSetReader reader = new DataSetReader();
        Path importFile = files.importFile();
        Path exportFile = files.exportFile();
        if (files.seedsAnEmptyStore() && exports.storeIsEmpty()) {
            ImportReport report = imports.importDataSet(ShippedDataSet.FILE_NAME, ShippedDataSet.read(reader));
            log.info("The store was empty: loaded the shipped data set " + ShippedDataSet.FILE_NAME + " (" + describe(report)
                    + ")");
        }
        if (importFile != null) {
            ImportReport report = imports.importDataSet(importFile.toString(), reader.read(importFile));
            log.info("Imported " + importFile + " (" + describe(report) + ")");
        }
        if (exportFile != null) {
            new DataSetWriter().write(exports.exportDataSet(), exportFile);
            log.info("Exported the store to " + exportFile.toAbsolutePath());
        }
    }

    private static String describe(ImportReport report) {
        return report.created() + " records created, " + report.updated() + " updated, " + report.unchanged()
                + " unchanged";
    }
}
