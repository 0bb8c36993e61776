package org.entente.application.port.out;

import java.util.Objects;
import org.entente.domain.common.RecordKind;

/**
 * Every port of one store, as a composition root hands them to the services: the aggregates, the revision log, the
 * idempotency receipts, and the units of work that keep writes to all of them together.
 */
public record Storage(Relations relations, Persons persons, Organizations organizations, Sources sources,
                      Mechanisms mechanisms, Visits visits, Meetings meetings, Instruments instruments,
                      Invitations invitations, Events events, Revisions revisions, Receipts receipts,
                      Transactions transactions) {
    public Storage {
        Objects.requireNonNull(relations, "relations");
        Objects.requireNonNull(persons, "persons");
        Objects.requireNonNull(organizations, "organizations");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(mechanisms, "mechanisms");
        Objects.requireNonNull(visits, "visits");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(instruments, "instruments");
        Objects.requireNonNull(invitations, "invitations");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(revisions, "revisions");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(transactions, "transactions");
    }

    /** The port of {@code kind}'s records. */
    public AggregateStore<?, ?> of(RecordKind kind) {
        return switch (kind) {
            case RELATION -> relations;
            case PERSON -> persons;
            case ORGANIZATION -> organizations;
            case SOURCE -> sources;
            case MECHANISM -> mechanisms;
            case VISIT -> visits;
            case MEETING -> meetings;
            case INSTRUMENT -> instruments;
            case INVITATION -> invitations;
            case EVENT -> events;
        };
    }
}
