package org.entente.graphql.node;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.application.port.in.LoadRecords;
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
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Global ids: the {@code id} of every node type, and records looked up by them. */
@Controller
public class NodeController {
    private final LoadRecords load;

    public NodeController(LoadRecords load) {
        this.load = load;
    }

    @QueryMapping
    public Object node(@Argument String id) {
        GlobalId globalId = GlobalId.decode(id, "id");
        return globalId.type().load(load, List.of(globalId.localId())).get(globalId.localId());
    }

    /** Every id is read before anything is loaded; then one round trip per type asked for. */
    @QueryMapping
    public List<Object> nodes(@Argument List<String> ids) {
        List<GlobalId> globalIds = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            globalIds.add(GlobalId.decode(ids.get(i), "ids[" + i + "]"));
        }
        Map<NodeType, Set<String>> byType = new EnumMap<>(NodeType.class);
        for (GlobalId id : globalIds) {
            byType.computeIfAbsent(id.type(), t -> new LinkedHashSet<>()).add(id.localId());
        }
        Map<NodeType, Map<String, Object>> found = new EnumMap<>(NodeType.class);
        byType.forEach((type, localIds) -> found.put(type, type.load(load, localIds)));
        List<Object> nodes = new ArrayList<>();
        for (GlobalId id : globalIds) {
            nodes.add(found.get(id.type()).get(id.localId()));
        }
        return nodes;
    }

    @SchemaMapping(typeName = "BilateralRelation", field = "id")
    public String relationId(BilateralRelation relation) {
        return GlobalId.of(NodeType.BILATERAL_RELATION, relation.id());
    }

    @SchemaMapping(typeName = "Meeting", field = "id")
    public String meetingId(Meeting meeting) {
        return GlobalId.of(NodeType.MEETING, meeting.id());
    }

    @SchemaMapping(typeName = "Person", field = "id")
    public String personId(Person person) {
        return GlobalId.of(NodeType.PERSON, person.id());
    }

    @SchemaMapping(typeName = "Organization", field = "id")
    public String organizationId(Organization organization) {
        return GlobalId.of(NodeType.ORGANIZATION, organization.id());
    }

    @SchemaMapping(typeName = "DialogueMechanism", field = "id")
    public String mechanismId(DialogueMechanism mechanism) {
        return GlobalId.of(NodeType.DIALOGUE_MECHANISM, mechanism.id());
    }

    @SchemaMapping(typeName = "Visit", field = "id")
    public String visitId(Visit visit) {
        return GlobalId.of(NodeType.VISIT, visit.id());
    }

    @SchemaMapping(typeName = "Instrument", field = "id")
    public String instrumentId(Instrument instrument) {
        return GlobalId.of(NodeType.INSTRUMENT, instrument.id());
    }

    @SchemaMapping(typeName = "Invitation", field = "id")
    public String invitationId(Invitation invitation) {
        return GlobalId.of(NodeType.INVITATION, invitation.id());
    }

    @SchemaMapping(typeName = "Event", field = "id")
    public String eventId(Event event) {
        return GlobalId.of(NodeType.EVENT, event.id());
    }

    @SchemaMapping(typeName = "Source", field = "id")
    public String sourceId(Source source) {
        return GlobalId.of(NodeType.SOURCE, source.id());
    }
}
