package org.entente.storage.postgresql;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.port.out.Meetings;
import org.entente.domain.geo.Country;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Commitment;
import org.entente.domain.meeting.CommitmentKind;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.person.NameKey;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.visit.VisitId;
import tools.jackson.databind.node.ObjectNode;

/**
 * The meetings, listed by start date. A date window selects the meetings whose {@code span} (from the first day the
 * start may mean to the last day the end may mean) overlaps it; an attendee and an area are looked for inside the
 * {@code attendees} and {@code area_keys} arrays; commitments are counted in {@code commitment_count}, which a sum
 * adds up. One meeting per session number of a mechanism: the unique {@code (mechanism, session_number)}.
 */
final class PostgresMeetings extends ListedRecords<MeetingId, Meeting, MeetingCriteria> implements Meetings {

    PostgresMeetings(PostgresSite site) {
        super(site, "meetings", "meeting", new NaturalKey<>("meetings_session_unique", "SESSION_NUMBER_TAKEN",
                "session", m -> m.session().mechanism().value() + "#" + m.session().number()));
    }

    @Override
    public List<Meeting> findSessionsOf(Collection<MechanismId> mechanisms) {
        return listedByAnyOf("mechanism", mechanisms);
    }

    @Override
    public Map<MeetingCriteria, Long> commitmentCounts(Collection<MeetingCriteria> criteria) {
        return totals(criteria, "sum(commitment_count)", this::where);
    }

    @Override
    protected void where(MeetingCriteria c, Sql sql) {
        sql.andEqual("relation", c.relation());
        if (c.from() != null || c.to() != null) {
            sql.add(" AND span && ").days(c.from() == null ? null : c.fromDay(), c.to() == null ? null : c.toDay(),
                    true);
            DateWindows.startsBy(sql, c.to());
        }
        sql.andEqual("country", c.country());
        sql.andHolds("attendees", c.person());
        sql.andEqual("kind", c.kind());
        sql.andEqual("mechanism", c.mechanism());
        if (c.area() != null) {
            sql.add(" AND area_keys @> ").textElement(c.areaKey());
        }
        if (c.withCommitments()) {
            sql.add(" AND commitment_count > 0");
        }
    }

    @Override
    protected List<Column> columns(Meeting m) {
        return List.of(Column.sortKey(m.startDate()),
                Column.id("relation", m.relation()),
                Column.days("span", m.startDate().first(), m.lastDate().last()),
                Column.country("country", m.country()),
                Column.kind("kind", m.kind()),
                Column.text("mechanism", m.session() == null ? null : m.session().mechanism().value()),
                Column.integer("session_number", m.session() == null ? null : m.session().number()),
                Column.texts("attendees", m.attendances().stream().map(Attendance::person).filter(Objects::nonNull)
                        .map(PersonId::value).toList()),
                Column.texts("area_keys", IndexedText.check("a folded area of meeting " + m.id().value(),
                        m.areas().stream().map(NameKey::fold).distinct().toList())),
                Column.integer("commitment_count", m.commitments().size()));
    }

    @Override
    protected void write(Meeting m, ObjectNode d) {
        Json.put(d, "relation", m.relation());
        d.put("title", m.title());
        Json.put(d, "kind", m.kind());
        Json.put(d, "status", m.status());
        Json.put(d, "startDate", m.startDate());
        Json.put(d, "endDate", m.endDate());
        Json.put(d, "city", m.city());
        Json.put(d, "country", m.country());
        if (m.session() != null) {
            ObjectNode session = d.putObject("session");
            Json.put(session, "mechanism", m.session().mechanism());
            session.put("number", m.session().number());
        }
        Json.put(d, "visit", m.visit());
        Json.texts(d, "areas", m.areas());
        Json.texts(d, "outcomes", m.outcomes());
        Json.objects(d, "attendances", m.attendances(), a -> {
            ObjectNode o = Json.object();
            o.put("key", a.key());
            Json.put(o, "person", a.person());
            Json.put(o, "titleAsReported", a.titleAsReported());
            Json.put(o, "country", a.country());
            // in the roles' own order, so that one meeting always makes one document
            Json.texts(o, "roles", EnumSet.copyOf(a.roles()).stream().map(Enum::name).toList());
            Json.evidence(o, a.evidence());
            return o;
        });
        Json.objects(d, "commitments", m.commitments(), c -> {
            ObjectNode o = Json.object();
            o.put("key", c.key());
            o.put("text", c.text());
            Json.put(o, "kind", c.kind());
            Json.texts(o, "sides", c.sides().stream().map(Country::code).toList());
            Json.texts(o, "areas", c.areas());
            Json.evidence(o, c.evidence());
            return o;
        });
        Json.evidence(d, m.evidence());
    }

    @Override
    protected Meeting record(Fields d, long version) {
        return new Meeting(d.id("id", MeetingId::new), d.id("relation", RelationId::new), d.text("title"),
                d.kind("kind", MeetingKind.class), d.kind("status", MeetingStatus.class), d.date("startDate"),
                d.optionalDate("endDate"), d.optionalText("city"), d.optionalCountry("country"),
                d.optionalObject("session", s -> new MechanismSession(s.id("mechanism", MechanismId::new),
                        s.integer("number"))),
                d.optionalId("visit", VisitId::new), d.texts("areas"), d.texts("outcomes"),
                d.objects("attendances", a -> new Attendance(a.text("key"), a.optionalId("person", PersonId::new),
                        a.optionalText("titleAsReported"), a.country("country"),
                        a.texts("roles").stream().map(AttendanceRole::valueOf).collect(Collectors.toSet()),
                        a.evidence())),
                d.objects("commitments", c -> new Commitment(c.text("key"), c.text("text"),
                        c.kind("kind", CommitmentKind.class), c.texts("sides").stream().map(Country::new).toList(),
                        c.texts("areas"), c.evidence())),
                d.evidence(), version);
    }
}
