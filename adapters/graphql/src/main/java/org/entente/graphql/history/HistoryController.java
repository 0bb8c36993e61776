package org.entente.graphql.history;

import org.entente.application.history.Revision;
import org.entente.application.page.Keyset;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.ReadHistory;
import org.entente.domain.common.Aggregate;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.organization.Organization;
import org.entente.domain.person.Person;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.source.Source;
import org.entente.domain.visit.Visit;
import org.entente.graphql.node.NodeType;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listing;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The revision history of every record, oldest first. History is asked of one record at a time (a record's page,
 * a mutation's payload), so each {@code history} field costs one page read, and one count if asked for.
 * The log names each aggregate by its class, which is the schema's type name.
 */
@Controller
public class HistoryController {
    static final Listing<Revision> HISTORY = new Listing<>("revision",
            r -> new Keyset(String.format("%019d", r.version()), r.key()));

    private final ReadHistory history;

    public HistoryController(ReadHistory history) {
        this.history = history;
    }

    @SchemaMapping(typeName = "BilateralRelation", field = "history")
    public Connection<Revision> relationHistory(BilateralRelation r, @Argument Integer first, @Argument String after) {
        return of(NodeType.BILATERAL_RELATION, r, first, after);
    }

    @SchemaMapping(typeName = "Meeting", field = "history")
    public Connection<Revision> meetingHistory(Meeting m, @Argument Integer first, @Argument String after) {
        return of(NodeType.MEETING, m, first, after);
    }

    @SchemaMapping(typeName = "Person", field = "history")
    public Connection<Revision> personHistory(Person p, @Argument Integer first, @Argument String after) {
        return of(NodeType.PERSON, p, first, after);
    }

    @SchemaMapping(typeName = "Organization", field = "history")
    public Connection<Revision> organizationHistory(Organization o, @Argument Integer first, @Argument String after) {
        return of(NodeType.ORGANIZATION, o, first, after);
    }

    @SchemaMapping(typeName = "DialogueMechanism", field = "history")
    public Connection<Revision> mechanismHistory(DialogueMechanism m, @Argument Integer first, @Argument String after) {
        return of(NodeType.DIALOGUE_MECHANISM, m, first, after);
    }

    @SchemaMapping(typeName = "Visit", field = "history")
    public Connection<Revision> visitHistory(Visit v, @Argument Integer first, @Argument String after) {
        return of(NodeType.VISIT, v, first, after);
    }

    @SchemaMapping(typeName = "Instrument", field = "history")
    public Connection<Revision> instrumentHistory(Instrument i, @Argument Integer first, @Argument String after) {
        return of(NodeType.INSTRUMENT, i, first, after);
    }

    @SchemaMapping(typeName = "Invitation", field = "history")
    public Connection<Revision> invitationHistory(Invitation i, @Argument Integer first, @Argument String after) {
        return of(NodeType.INVITATION, i, first, after);
    }

    @SchemaMapping(typeName = "Event", field = "history")
    public Connection<Revision> eventHistory(Event e, @Argument Integer first, @Argument String after) {
        return of(NodeType.EVENT, e, first, after);
    }

    @SchemaMapping(typeName = "Source", field = "history")
    public Connection<Revision> sourceHistory(Source s, @Argument Integer first, @Argument String after) {
        return of(NodeType.SOURCE, s, first, after);
    }

    /** The instant as ISO 8601 in UTC, to the nanosecond where the log keeps it. */
    @SchemaMapping(typeName = "Revision")
    public String at(Revision revision) {
        return revision.at().toString();
    }

    private Connection<Revision> of(NodeType type, Aggregate<?, ?> record, Integer first, String after) {
        PageRequest request = HISTORY.request(first, after, null, null);
        String id = record.id().value();
        return HISTORY.connection(history.history(type.typeName(), id, request),
                () -> history.countHistory(type.typeName(), id));
    }
}
