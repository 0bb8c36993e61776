package org.entente.application.dataset;

/**
 * One thing wrong with a data set: which record ({@code meeting vn-jp-2023-11-27-talks}), which field, and what;
 * {@code rule} is the model's name of the rule broken (the same code a mutation gives), null for a file's form.
 */
public record DataSetProblem(String record, String field, String message, String rule) {
    public DataSetProblem(String record, String field, String message) {
        this(record, field, message, null);
    }

    @Override
    public String toString() {
        return record + (field == null ? "" : " / " + field) + ": " + message;
    }
}
