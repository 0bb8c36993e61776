package org.entente.graphql.load;

import graphql.schema.idl.RuntimeWiring;
import java.util.Map;
import java.util.function.Function;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.Party;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.organization.Organization;
import org.entente.domain.person.Person;
import org.entente.domain.person.Post;
import org.entente.domain.relation.PartnershipLevel;
import org.entente.domain.source.Evidence;
import org.entente.domain.source.Source;
import org.entente.domain.visit.Visit;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The fields that name another record by its id (an invitation's inviter, a post's organization, a piece of
 * evidence's source), in one table: each reads the record through its kind's loader, so that the records a level of
 * a query names are read in one call per kind, and an absent id answers null at once.
 */
@Component
public class ReferenceFields implements RuntimeWiringConfigurer {
    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        Table table = new Table(wiring);
        table.field("Meeting", "mechanism", DialogueMechanism.class,
                (Meeting m) -> m.session() == null ? null : m.session().mechanism());
        table.field("Meeting", "visit", Visit.class, Meeting::visit);
        table.field("Visit", "visitor", Person.class, Visit::visitor);
        table.field("DialogueMechanism", "predecessor", DialogueMechanism.class, DialogueMechanism::predecessor);
        table.field("Instrument", "meeting", Meeting.class, Instrument::meeting);
        table.field("Party", "organization", Organization.class, Party::organization);
        table.field("Signatory", "person", Person.class, Signatory::person);
        table.field("Invitation", "inviter", Person.class, Invitation::inviter);
        table.field("Invitation", "invitee", Person.class, Invitation::invitee);
        table.field("Invitation", "conveyedBy", Person.class, Invitation::conveyedBy);
        table.field("Invitation", "extendedAt", Meeting.class, (Invitation i) -> i.extendedAt());
        table.field("Invitation", "fulfilledBy", Meeting.class, Invitation::fulfilledBy);
        table.field("Event", "hostOrganization", Organization.class, Event::hostOrganization);
        table.field("Post", "organization", Organization.class, Post::organization);
        table.field("Evidence", "source", Source.class, Evidence::source);
        table.field("PartnershipLevel", "announcedAt", Meeting.class, PartnershipLevel::announcedAt);
    }

    private record Table(RuntimeWiring.Builder wiring) {
        <S, I extends AggregateId, A extends Aggregate<I, A>> void field(String type, String field, Class<A> record,
                                                                           Function<S, I> idOf) {
            LoadedField<A> loaded = new LoadedField<>("ReferenceFields: " + type + "." + field,
                    ResolvableType.forClass(record), Map.of(),
                    env -> RecordLoaders.byId(env, record, idOf.apply(env.getSource())));
            wiring.type(type, builder -> builder.dataFetcher(field, loaded));
        }
    }
}
