package org.entente.storage.mongodb;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.PartialDate;
import org.entente.domain.event.EventId;
import org.entente.domain.geo.Country;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.SourceId;
import org.entente.domain.visit.VisitId;

/**
 * How the domain's values are written in documents and read back through their own constructors: dates as they
 * print ({@code 2024-12}), countries by code, ids as their string. The mappers use these for every field.
 */
final class DomainValues {
    private DomainValues() {
    }

    static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }

    static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static String code(Country country) {
        return country == null ? null : country.code();
    }

    static Country country(String code) {
        return code == null ? null : new Country(code);
    }

    static List<String> codes(CountryPair pair) {
        return pair == null ? null : List.of(pair.first().code(), pair.second().code());
    }

    static CountryPair pair(List<String> codes) {
        return codes == null ? null : CountryPair.of(codes);
    }

    /** Roles in their declared order, so that a document reads the same however the set iterates. */
    static List<String> roleNames(Set<AttendanceRole> roles) {
        return roles == null ? null : roles.stream().sorted().map(AttendanceRole::name).toList();
    }

    static Set<AttendanceRole> roles(List<String> names) {
        return names == null ? null : Set.copyOf(names.stream().map(AttendanceRole::valueOf).toList());
    }

    static String value(AggregateId id) {
        return id == null ? null : id.value();
    }

    static SourceId sourceId(String value) {
        return value == null ? null : new SourceId(value);
    }

    static OrganizationId organizationId(String value) {
        return value == null ? null : new OrganizationId(value);
    }

    static PersonId personId(String value) {
        return value == null ? null : new PersonId(value);
    }

    static RelationId relationId(String value) {
        return value == null ? null : new RelationId(value);
    }

    static MechanismId mechanismId(String value) {
        return value == null ? null : new MechanismId(value);
    }

    static VisitId visitId(String value) {
        return value == null ? null : new VisitId(value);
    }

    static MeetingId meetingId(String value) {
        return value == null ? null : new MeetingId(value);
    }

    static InstrumentId instrumentId(String value) {
        return value == null ? null : new InstrumentId(value);
    }

    static InvitationId invitationId(String value) {
        return value == null ? null : new InvitationId(value);
    }

    static EventId eventId(String value) {
        return value == null ? null : new EventId(value);
    }
}
