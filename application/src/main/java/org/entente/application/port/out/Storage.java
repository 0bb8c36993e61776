package org.entente.application.port.out;

import java.util.Objects;

/** Every storage port of one store, as a composition root hands them to the services that need several. */
public record Storage(Relations relations, Persons persons, Organizations organizations, Sources sources,
                      Mechanisms mechanisms, Visits visits, Meetings meetings, Instruments instruments,
                      Invitations invitations, Events events) {
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
    }
}
