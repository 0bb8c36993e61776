package org.entente.dataset;

import java.io.InputStream;
import org.entente.application.dataset.DataSet;

/** The data set that ships inside this module (Vietnam–Japan), and the JSON Schema of the format. */
public final class ShippedDataSet {
    /** The file's name, as problems and import reports call it. */
    public static final String FILE_NAME = "vietnam-japan.json";
    /** Where the file is on the class path. */
    public static final String RESOURCE = "/org/entente/dataset/" + FILE_NAME;
    /** Where the JSON Schema (draft 2020-12) of the format is on the class path. */
    public static final String SCHEMA_RESOURCE = "/org/entente/dataset/entente-dataset.schema.json";

    private ShippedDataSet() {
    }

    /** The shipped file's bytes, for the caller to close. */
    public static InputStream open() {
        return open(RESOURCE);
    }

    /** The JSON Schema's bytes, for the caller to close. */
    public static InputStream openSchema() {
        return open(SCHEMA_RESOURCE);
    }

    /** The shipped data set, read and checked by {@code reader}. */
    public static DataSet read(DataSetReader reader) {
        return reader.read(open(), FILE_NAME);
    }

    private static InputStream open(String resource) {
        InputStream in = ShippedDataSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        return in;
    }
}
