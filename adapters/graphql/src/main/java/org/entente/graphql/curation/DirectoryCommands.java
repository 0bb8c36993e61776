package org.entente.graphql.curation;

import static org.entente.graphql.curation.InputTrail.at;

import java.util.ArrayList;
import java.util.List;
import org.entente.application.command.MergePersonsCommand;
import org.entente.application.command.RecordEventCommand;
import org.entente.application.command.RegisterPersonCommand;
import org.entente.application.command.RegisterSourceCommand;
import org.entente.domain.event.EventId;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.SourceId;
import org.entente.domain.common.RecordKind;
import org.entente.graphql.scalar.DateInput;

/** Reads the inputs of the mutations that register sources and persons and record events. */
final class DirectoryCommands {
    private DirectoryCommands() {
    }

    static RegisterSourceCommand source(Inputs.RegisterSourceInput in) {
        SourceId id = InputTrail.read(at("localId"), () -> new SourceId(in.localId()));
        return new RegisterSourceCommand(id, in.publisher(), in.title(),
                DateInput.read(in.publishedOn(), "input.publishedOn"), in.language(), in.url(), in.text());
    }

    static RegisterPersonCommand person(Inputs.RegisterPersonInput in, InputTrail trail) {
        PersonId id = InputTrail.read(at("localId"), () -> new PersonId(in.localId()));
        List<RegisterPersonCommand.PostInput> posts = new ArrayList<>();
        for (int i = 0; in.posts() != null && i < in.posts().size(); i++) {
            Inputs.PostInput p = in.posts().get(i);
            posts.add(new RegisterPersonCommand.PostInput(p.title(),
                    trail.id(p.organizationId(), RecordKind.ORGANIZATION, OrganizationId::new,
                            at("posts", i, "organizationId")),
                    DateInput.read(p.since(), "input.posts." + i + ".since"),
                    DateInput.read(p.until(), "input.posts." + i + ".until"),
                    trail.evidence(p.evidence(), at("posts", i, "evidence"))));
        }
        return new RegisterPersonCommand(id, in.name(), in.otherNames(), trail.country(in.country(), at("country")),
                posts, trail.evidence(in.evidence(), at("evidence")));
    }

    /** A merge blames its rules on the person at fault: the survivor for a tombstone survivor, else the merged one. */
    static MergePersonsCommand merge(Inputs.MergePersonsInput in, InputTrail trail) {
        PersonId survivor = trail.id(in.survivorId(), RecordKind.PERSON, PersonId::new, at("survivorId"));
        PersonId merged = trail.id(in.mergedId(), RecordKind.PERSON, PersonId::new, at("mergedId"));
        trail.blame("PERSON_MERGED_WITH_ITSELF", at("mergedId")).blame("PERSON_ALREADY_MERGED", at("mergedId"))
                .blame("PERSON_MERGED_AWAY", at("survivorId")).blame("PERSONS_OF_DIFFERENT_COUNTRIES", at("mergedId"))
                .blame("MERGE_UNFINISHED", at("mergedId")).blame("STALE_VERSION", at("mergedId"));
        return new MergePersonsCommand(survivor, merged, trail.evidence(in.evidence(), at("evidence")));
    }

    static RecordEventCommand event(Inputs.RecordEventInput in, InputTrail trail) {
        EventId id = InputTrail.read(at("localId"), () -> new EventId(in.localId()));
        return new RecordEventCommand(id,
                trail.id(in.relationId(), RecordKind.RELATION, RelationId::new, at("relationId")),
                in.name(), in.kind(), trail.country(in.host(), at("host")),
                trail.id(in.hostOrganizationId(), RecordKind.ORGANIZATION, OrganizationId::new, at("hostOrganizationId")),
                in.city(), DateInput.read(in.startDate(), "input.startDate"),
                DateInput.read(in.endDate(), "input.endDate"), in.status(), trail.evidence(in.evidence(), at("evidence")));
    }

}
