package org.entente.application.history;

import java.util.Objects;

/** A notice that an aggregate changed, for those who follow a relation live. */
public record Change(String aggregate, String id, long version, String relation, String operation) {
    public Change {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operation, "operation");
    }
}
