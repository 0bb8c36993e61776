package org.entente.application.port.out;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.entente.domain.common.RecordKind;

/**
 * Every port of one store, as a composition root hands them to the services: the records of each
 * {@link RecordKind}, the revision log, the idempotency receipts, and the units of work that keep writes to all of
 * them together. A store is built by {@link #of}, which asks it for the port of every kind; one without a port for
 * some kind is refused at once, naming the kind.
 */
public record Storage(Map<RecordKind, AggregateStore<?, ?>> records, Revisions revisions, Receipts receipts,
                      Transactions transactions) {
    public Storage {
        Map<RecordKind, AggregateStore<?, ?>> every = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            AggregateStore<?, ?> port = records.get(kind);
            if (port == null) {
                throw new IllegalArgumentException("the store has no port for the records of kind '" + kind.word()
                        + "' (RecordKind." + kind.name() + "): every kind needs one");
            }
            every.put(kind, port);
        }
        records = Collections.unmodifiableMap(every);
        Objects.requireNonNull(revisions, "revisions");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(transactions, "transactions");
    }

    /** The store whose port for each kind is {@code portOf(kind)}, asked once for every kind. */
    public static Storage of(Function<RecordKind, ? extends AggregateStore<?, ?>> portOf, Revisions revisions,
                             Receipts receipts, Transactions transactions) {
        Map<RecordKind, AggregateStore<?, ?>> records = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            records.put(kind, portOf.apply(kind));
        }
        return new Storage(records, revisions, receipts, transactions);
    }

    /** The port of {@code kind}'s records. */
    public AggregateStore<?, ?> of(RecordKind kind) {
        return records.get(kind);
    }

    /** This store with {@code port} for the records of {@code kind} (a test's wrapper around one port, say). */
    public Storage with(RecordKind kind, AggregateStore<?, ?> port) {
        Map<RecordKind, AggregateStore<?, ?>> replaced = new EnumMap<>(records);
        replaced.put(kind, port);
        return new Storage(replaced, revisions, receipts, transactions);
    }

    /** This store with {@code log} for its revisions. */
    public Storage with(Revisions log) {
        return new Storage(records, log, receipts, transactions);
    }

    // The typed ports, for the services that ask a kind's own queries (sessions of a mechanism, pages by criteria).

    public Relations relations() {
        return port(RecordKind.RELATION, Relations.class);
    }

    public Persons persons() {
        return port(RecordKind.PERSON, Persons.class);
    }

    public Organizations organizations() {
        return port(RecordKind.ORGANIZATION, Organizations.class);
    }

    public Sources sources() {
        return port(RecordKind.SOURCE, Sources.class);
    }

    public Mechanisms mechanisms() {
        return port(RecordKind.MECHANISM, Mechanisms.class);
    }

    public Visits visits() {
        return port(RecordKind.VISIT, Visits.class);
    }

    public Meetings meetings() {
        return port(RecordKind.MEETING, Meetings.class);
    }

    public Instruments instruments() {
        return port(RecordKind.INSTRUMENT, Instruments.class);
    }

    public Invitations invitations() {
        return port(RecordKind.INVITATION, Invitations.class);
    }

    public Events events() {
        return port(RecordKind.EVENT, Events.class);
    }

    private <P> P port(RecordKind kind, Class<P> type) {
        AggregateStore<?, ?> port = records.get(kind);
        if (!type.isInstance(port)) {
            throw new IllegalStateException("the store's port for the records of kind '" + kind.word() + "' is a "
                    + port.getClass().getName() + ", not " + type.getSimpleName());
        }
        return type.cast(port);
    }
}
