package org.entente.application.port.in;

import org.entente.application.dataset.DataSet;
import org.entente.application.dataset.ImportReport;

/** Stores a curated data set after checking it whole. */
public interface ImportDataSet {
    /**
     * Checks every reference and rule across the data set (evidence verbatim in its source, signatories at the
     * meeting, one session per number, every id it names stored or in the set) and stores it. Refuses the whole
     * set with {@link org.entente.application.dataset.InvalidDataSetException} before storing anything if a check
     * fails. Idempotent: an aggregate already stored with the same content is left alone, version included.
     *
     * @param origin what to call the set in errors, such as its file name
     */
    ImportReport importDataSet(String origin, DataSet dataSet);
}
