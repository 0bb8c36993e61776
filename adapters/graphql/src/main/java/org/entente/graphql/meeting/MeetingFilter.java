package org.entente.graphql.meeting;

import org.entente.application.criteria.MeetingCriteria;
import org.entente.domain.geo.Country;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.graphql.error.Arguments;
import org.entente.graphql.node.GlobalId;
import org.entente.domain.common.RecordKind;
import org.entente.graphql.scalar.DateInput;

/** The {@code MeetingFilter} input as a client wrote it. */
public record MeetingFilter(DateInput from, DateInput to, String country, String personId, MeetingKind kind,
                            String mechanismId, String area) {

    /** The criteria the filter asks for within {@code relation} (all relations when null); absent filter matches all. */
    public static MeetingCriteria criteria(MeetingFilter filter, RelationId relation) {
        if (filter == null) {
            return MeetingCriteria.ofRelation(relation);
        }
        String arg = "filter";
        return Arguments.read(arg, () -> new MeetingCriteria(relation,
                DateInput.read(filter.from, Arguments.field(arg, "from")),
                DateInput.read(filter.to, Arguments.field(arg, "to")),
                filter.country == null ? null
                        : Arguments.read(Arguments.field(arg, "country"), () -> Country.of(filter.country)),
                GlobalId.decodeOptional(filter.personId, RecordKind.PERSON, PersonId::new,
                        Arguments.field(arg, "personId")),
                filter.kind,
                GlobalId.decodeOptional(filter.mechanismId, RecordKind.MECHANISM, MechanismId::new,
                        Arguments.field(arg, "mechanismId")),
                filter.area));
    }
}
