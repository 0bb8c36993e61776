package org.entente.graphql.node;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.entente.application.port.in.LoadRecords;
import org.entente.domain.common.AggregateId;
import org.entente.domain.event.EventId;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.SourceId;
import org.entente.domain.visit.VisitId;

/** The types that implement {@code Node}, each named as the schema names it and loaded in one batch. */
public enum NodeType {
    BILATERAL_RELATION("BilateralRelation", RelationId::new, LoadRecords::relations),
    MEETING("Meeting", MeetingId::new, LoadRecords::meetings),
    PERSON("Person", PersonId::new, LoadRecords::persons),
    ORGANIZATION("Organization", OrganizationId::new, LoadRecords::organizations),
    DIALOGUE_MECHANISM("DialogueMechanism", MechanismId::new, LoadRecords::mechanisms),
    VISIT("Visit", VisitId::new, LoadRecords::visits),
    INSTRUMENT("Instrument", InstrumentId::new, LoadRecords::instruments),
    INVITATION("Invitation", InvitationId::new, LoadRecords::invitations),
    EVENT("Event", EventId::new, LoadRecords::events),
    SOURCE("Source", SourceId::new, LoadRecords::sources);

    private final String typeName;
    private final Function<String, ? extends AggregateId> idOf;
    private final Loader<?> loader;

    <I extends AggregateId> NodeType(String typeName, Function<String, I> idOf, Loader<I> loader) {
        this.typeName = typeName;
        this.idOf = idOf;
        this.loader = loader;
    }

    /** The schema's name of the type. */
    public String typeName() {
        return typeName;
    }

    /** The model's id for a local id; refused when the local id is not one. */
    public AggregateId idOf(String localId) {
        return idOf.apply(localId);
    }

    /** The records named by {@code localIds}, by local id, in one round trip; ids that name nothing are absent. */
    public Map<String, Object> load(LoadRecords load, Collection<String> localIds) {
        return loadTyped(load, localIds, loader);
    }

    @SuppressWarnings("unchecked")
    private <I extends AggregateId> Map<String, Object> loadTyped(LoadRecords load, Collection<String> localIds,
                                                                  Loader<?> untyped) {
        Loader<I> typed = (Loader<I>) untyped;
        Map<I, ?> found = typed.load(load, localIds.stream().map(id -> (I) idOf.apply(id)).toList());
        Map<String, Object> byLocalId = new LinkedHashMap<>();
        found.forEach((id, record) -> byLocalId.put(id.value(), record));
        return byLocalId;
    }

    public static NodeType named(String typeName) {
        for (NodeType type : values()) {
            if (type.typeName.equals(typeName)) {
                return type;
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface Loader<I extends AggregateId> {
        Map<I, ?> load(LoadRecords load, Collection<I> ids);
    }
}
