package org.entente.application.dataset;

/** One thing wrong with a data set: which record ({@code meeting vn-jp-2023-11-27-talks}), which field, and what. */
public record DataSetProblem(String record, String field, String message) {
    @Override
    public String toString() {
        return record + (field == null ? "" : " / " + field) + ": " + message;
    }
}
