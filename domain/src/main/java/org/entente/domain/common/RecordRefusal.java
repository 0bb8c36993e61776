package org.entente.domain.common;

/**
 * A refusal that names one record, by its kind and id, so that a caller can point at the input that named it (an
 * unknown id, a record changed meanwhile, a source a quote is not in, a person who did not attend).
 */
public abstract class RecordRefusal extends DomainException {
    private final RecordKind kind;
    private final String id;

    protected RecordRefusal(String rule, String message, RecordKind kind, String id) {
        super(rule, message);
        this.kind = kind;
        this.id = id;
    }

    /** The kind of record named; null only where a store named a kind this model does not know. */
    public RecordKind kind() {
        return kind;
    }

    /** The id of the record named. */
    public String id() {
        return id;
    }
}
