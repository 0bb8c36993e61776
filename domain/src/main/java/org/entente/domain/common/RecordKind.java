package org.entente.domain.common;

import java.util.function.Function;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Source;
import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;
import org.entente.domain.source.SourceId;

/**
 * The kinds of record, the one place each is spelled: {@link #word()} in errors and in the stores' keys
 * ({@code meeting}), {@link #typeName()} in the revision log, the change feed and the schema ({@code Meeting}).
 * Both spellings are stored, so they never change; a new kind is one more constant here. The constants stand in
 * the order a data set is stored and written (sources first, then what cites them and refers to one another), so
 * what loops over them keeps that order; the order is no stored spelling.
 */
public enum RecordKind {
    SOURCE("source", "Source", Source.class, SourceId::new),
    ORGANIZATION("organization", "Organization", Organization.class, OrganizationId::new),
    PERSON("person", "Person", Person.class, PersonId::new),
    RELATION("relation", "BilateralRelation", BilateralRelation.class, RelationId::new),
    MECHANISM("mechanism", "DialogueMechanism", DialogueMechanism.class, MechanismId::new),
    VISIT("visit", "Visit", Visit.class, VisitId::new),
    MEETING("meeting", "Meeting", Meeting.class, MeetingId::new),
    INSTRUMENT("instrument", "Instrument", Instrument.class, InstrumentId::new),
    INVITATION("invitation", "Invitation", Invitation.class, InvitationId::new),
    EVENT("event", "Event", Event.class, EventId::new);

    private final String word;
    private final String typeName;
    private final Class<? extends Aggregate<?, ?>> type;
    private final Function<String, ? extends AggregateId> idOf;

    RecordKind(String word, String typeName, Class<? extends Aggregate<?, ?>> type,
         Function<String, ? extends AggregateId> idOf) {
        this.word = word;
        this.typeName = typeName;
        this.type = type;
        this.idOf = idOf;
    }

    /** The kind of each aggregate class, found once per class. */
    private static final ClassValue<RecordKind> OF_CLASS = new ClassValue<>() {
        @Override
        protected RecordKind computeValue(Class<?> type) {
            for (RecordKind kind : values()) {
                if (kind.type == type) {
                    return kind;
                }
            }
            throw new IllegalArgumentException(type + " is no kind of record; name it in RecordKind");
        }
    };

    /** The word in errors and stores, in lower case: {@code relation}, {@code mechanism}. */
    public String word() {
        return word;
    }

    /** The id of this kind with {@code value}; refused ({@code ID_MALFORMED}) when it is not one. */
    public AggregateId idOf(String value) {
        return idOf.apply(value);
    }

    /** The name in the revision log, the change feed and the schema: {@code BilateralRelation}. */
    public String typeName() {
        return typeName;
    }

    /** The kind of the aggregate class {@code type}. */
    public static RecordKind of(Class<?> type) {
        return OF_CLASS.get(type);
    }

    /** The aggregate's class. */
    public Class<? extends Aggregate<?, ?>> type() {
        return type;
    }

    /** The kind of {@code typeName}, or null when no kind is named so. */
    public static RecordKind named(String typeName) {
        return find(kind -> kind.typeName.equals(typeName));
    }

    /** The kind whose {@link #word()} is {@code word}, or null when none is. */
    public static RecordKind withWord(String word) {
        return find(kind -> kind.word.equals(word));
    }

    private static RecordKind find(java.util.function.Predicate<RecordKind> wanted) {
        for (RecordKind kind : values()) {
            if (wanted.test(kind)) {
                return kind;
            }
        }
        return null;
    }
}
