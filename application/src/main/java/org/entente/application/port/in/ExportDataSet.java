package org.entente.application.port.in;

import org.entente.application.dataset.DataSet;

/** Reads the whole store back as a data set. */
public interface ExportDataSet {
    /** Every stored aggregate, each list ordered by id. */
    DataSet exportDataSet();

    /** Whether the store holds nothing yet (the service loads its shipped data set then). */
    boolean storeIsEmpty();
}
