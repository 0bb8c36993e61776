package org.entente.application.service;

import org.entente.application.command.Citing;
import org.entente.domain.source.Evidence;
import org.entente.domain.common.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.application.command.MergePersonsCommand;
import org.entente.application.command.RecordEventCommand;
import org.entente.application.command.RegisterPersonCommand;
import org.entente.application.port.in.CurateDirectory;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Checklist;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.event.Event;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.Person;
import org.entente.domain.person.Post;

public final class CurateDirectoryService implements CurateDirectory {
    private final Storage storage;
    private final Evidencing evidencing;
    private final Chronicle chronicle;
    private final PersonMerge merge;

    public CurateDirectoryService(Storage storage, Chronicle chronicle) {
        this.storage = storage;
        this.evidencing = new Evidencing(storage.sources());
        this.chronicle = chronicle;
        this.merge = new PersonMerge(storage, evidencing, chronicle);
    }

    @Override
    public Person registerPerson(RegisterPersonCommand c) {
        List<OrganizationId> organizations = c.posts().stream().map(RegisterPersonCommand.PostInput::organization)
                .filter(Objects::nonNull).distinct().toList();
        Checklist checks = new Checklist();
        var found = storage.organizations().findAllById(organizations);
        for (OrganizationId id : organizations) {
            if (!found.containsKey(id)) {
                checks.note(new NotFoundException(RecordKind.ORGANIZATION, id.value()));
            }
        }
        List<Citing> cited = new ArrayList<>(c.evidence());
        c.posts().forEach(p -> cited.addAll(p.evidence()));
        Evidencing.Sourced sources = evidencing.load(cited);
        List<Post> posts = new ArrayList<>();
        for (RegisterPersonCommand.PostInput p : c.posts()) {
            List<Evidence> evidence = sources.cite(p.evidence(), checks);
            posts.add(checks.check(() -> new Post(p.title(), p.organization(), p.since(), p.until(), evidence)));
        }
        List<Evidence> evidence = sources.cite(c.evidence(), checks);
        checks.settle();
        return chronicle.save(storage.persons(), null, new Person(c.id(), c.name(), c.otherNames(), c.country(), posts,
                evidence, null, 0), "registerPerson");
    }

    @Override
    public Person mergePersons(MergePersonsCommand command) {
        return merge.merge(command);
    }

    @Override
    public Event recordEvent(RecordEventCommand c) {
        Checklist checks = new Checklist();
        if (storage.relations().findById(c.relation()).isEmpty()) {
            checks.note(new NotFoundException(RecordKind.RELATION, c.relation().value()));
        }
        if (c.hostOrganization() != null && storage.organizations().findById(c.hostOrganization()).isEmpty()) {
            checks.note(new NotFoundException(RecordKind.ORGANIZATION, c.hostOrganization().value()));
        }
        List<Evidence> evidence = evidencing.load(c.evidence()).cite(c.evidence(), checks);
        checks.settle();
        return chronicle.save(storage.events(), null, new Event(c.id(), c.relation(), c.name(), c.kind(), c.host(),
                c.hostOrganization(), c.city(), c.startDate(), c.endDate(), c.status(), evidence, 0), "recordEvent");
    }
}
