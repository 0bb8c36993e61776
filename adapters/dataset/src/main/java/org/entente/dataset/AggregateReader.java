package org.entente.dataset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;
import org.entente.domain.event.EventKind;
import org.entente.domain.event.EventStatus;
import org.entente.domain.geo.Country;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.instrument.Party;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.instrument.StatusChange;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.invitation.InvitationStatus;
import org.entente.domain.mechanism.DialogueMechanism;
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
import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.organization.OrganizationKind;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Post;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.PartnershipLevel;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Evidence;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;
import org.entente.domain.visit.VisitKind;

/**
 * Turns each record of a data set file into an aggregate of the model, field by field, in the order the writer
 * writes them. The aggregate's own constructor has the last word on whether it is valid.
 */
final class AggregateReader {
    private AggregateReader() {
    }

    static Source source(JsonRecord r, String id) {
        String publisher = r.optionalText("publisher");
        String title = r.optionalText("title");
        PartialDate publishedOn = r.date("publishedOn", false);
        String language = r.text("language");
        String url = r.optionalText("url");
        String text = r.text("text");
        return r.build(() -> new Source(new SourceId(id), publisher, title, publishedOn, language, url, text, 0));
    }

    static Organization organization(JsonRecord r, String id) {
        String name = r.text("name");
        List<String> otherNames = r.texts("otherNames");
        OrganizationKind kind = r.choice("kind", OrganizationKind.class, true);
        Country country = r.parsed("country", false, Country::new);
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new Organization(new OrganizationId(id), name, otherNames, kind, country, evidence, 0));
    }

    static Person person(JsonRecord r, String id) {
        String name = r.text("name");
        List<String> otherNames = r.texts("otherNames");
        Country country = r.parsed("country", false, Country::new);
        List<Post> posts = r.objects("posts", AggregateReader::post);
        List<Evidence> evidence = r.evidence("evidence");
        PersonId mergedInto = r.parsed("mergedInto", false, PersonId::new);
        return r.build(() -> new Person(new PersonId(id), name, otherNames, country, posts, evidence, mergedInto, 0));
    }

    static BilateralRelation relation(JsonRecord r, String id) {
        List<Country> countries = r.list("countries", Country::new);
        List<PartnershipLevel> levels = r.objects("levels", AggregateReader::level);
        return r.build(() -> new BilateralRelation(new RelationId(id), pair(countries), levels, 0));
    }

    static DialogueMechanism mechanism(JsonRecord r, String id) {
        RelationId relation = r.parsed("relation", true, RelationId::new);
        String name = r.text("name");
        String format = r.optionalText("format");
        MechanismId predecessor = r.parsed("predecessor", false, MechanismId::new);
        PartialDate upgradedOn = r.date("upgradedOn", false);
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new DialogueMechanism(new MechanismId(id), relation, name, format, predecessor, upgradedOn,
                evidence, 0));
    }

    static Visit visit(JsonRecord r, String id) {
        RelationId relation = r.parsed("relation", true, RelationId::new);
        VisitKind kind = r.choice("kind", VisitKind.class, true);
        PersonId visitor = r.parsed("visitor", true, PersonId::new);
        Country host = r.parsed("host", true, Country::new);
        PartialDate startDate = r.date("startDate", true);
        PartialDate endDate = r.date("endDate", false);
        List<String> places = r.texts("places");
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new Visit(new VisitId(id), relation, kind, visitor, host, startDate, endDate, places,
                evidence, 0));
    }

    static Meeting meeting(JsonRecord r, String id) {
        RelationId relation = r.parsed("relation", true, RelationId::new);
        String title = r.text("title");
        MeetingKind kind = r.choice("kind", MeetingKind.class, true);
        MeetingStatus status = r.choice("status", MeetingStatus.class, true);
        PartialDate startDate = r.date("startDate", true);
        PartialDate endDate = r.date("endDate", false);
        String city = r.optionalText("city");
        Country country = r.parsed("country", false, Country::new);
        MechanismSession session = r.object("session", AggregateReader::session);
        VisitId visit = r.parsed("visit", false, VisitId::new);
        List<String> areas = r.texts("areas");
        List<String> outcomes = r.texts("outcomes");
        List<Attendance> attendances = r.objects("attendances", AggregateReader::attendance);
        List<Commitment> commitments = r.objects("commitments", AggregateReader::commitment);
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new Meeting(new MeetingId(id), relation, title, kind, status, startDate, endDate, city,
                country, session, visit, areas, outcomes, attendances, commitments, evidence, 0));
    }

    static Instrument instrument(JsonRecord r, String id) {
        RelationId relation = r.parsed("relation", true, RelationId::new);
        String title = r.text("title");
        InstrumentKind kind = r.choice("kind", InstrumentKind.class, true);
        Boolean binding = r.bool("binding");
        List<Party> parties = r.objects("parties", AggregateReader::party);
        List<Signatory> signatories = r.objects("signatories", AggregateReader::signatory);
        List<PersonId> witnesses = r.list("witnesses", PersonId::new);
        MeetingId meeting = r.parsed("meeting", false, MeetingId::new);
        PartialDate signedOn = r.date("signedOn", false);
        String signedAt = r.optionalText("signedAt");
        List<String> areas = r.texts("areas");
        List<StatusChange> statusHistory = r.objects("statusHistory", AggregateReader::statusChange);
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new Instrument(new InstrumentId(id), relation, title, kind, binding, parties, signatories,
                witnesses, meeting, signedOn, signedAt, areas, statusHistory, evidence, 0));
    }

    static Invitation invitation(JsonRecord r, String id) {
        RelationId relation = r.parsed("relation", true, RelationId::new);
        PersonId inviter = r.parsed("inviter", true, PersonId::new);
        PersonId invitee = r.parsed("invitee", true, PersonId::new);
        String purpose = r.text("purpose");
        PersonId conveyedBy = r.parsed("conveyedBy", false, PersonId::new);
        MeetingId extendedAt = r.parsed("extendedAt", false, MeetingId::new);
        PartialDate extendedOn = r.date("extendedOn", false);
        InvitationStatus status = r.choice("status", InvitationStatus.class, true);
        MeetingId fulfilledBy = r.parsed("fulfilledBy", false, MeetingId::new);
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new Invitation(new InvitationId(id), relation, inviter, invitee, purpose, conveyedBy,
                extendedAt, extendedOn, status, fulfilledBy, evidence, 0));
    }

    static Event event(JsonRecord r, String id) {
        RelationId relation = r.parsed("relation", true, RelationId::new);
        String name = r.text("name");
        EventKind kind = r.choice("kind", EventKind.class, true);
        Country host = r.parsed("host", false, Country::new);
        OrganizationId hostOrganization = r.parsed("hostOrganization", false, OrganizationId::new);
        String city = r.optionalText("city");
        PartialDate startDate = r.date("startDate", false);
        PartialDate endDate = r.date("endDate", false);
        EventStatus status = r.choice("status", EventStatus.class, true);
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new Event(new EventId(id), relation, name, kind, host, hostOrganization, city, startDate,
                endDate, status, evidence, 0));
    }

    private static Post post(JsonRecord r) {
        String title = r.text("title");
        OrganizationId organization = r.parsed("organization", false, OrganizationId::new);
        PartialDate since = r.date("since", false);
        PartialDate until = r.date("until", false);
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new Post(title, organization, since, until, evidence));
    }

    private static PartnershipLevel level(JsonRecord r) {
        String name = r.text("name");
        PartialDate since = r.date("since", true);
        PartialDate until = r.date("until", false);
        MeetingId announcedAt = r.parsed("announcedAt", false, MeetingId::new);
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new PartnershipLevel(name, since, until, announcedAt, evidence));
    }

    private static MechanismSession session(JsonRecord r) {
        MechanismId mechanism = r.parsed("mechanism", true, MechanismId::new);
        Integer number = r.integer("number");
        return r.build(() -> new MechanismSession(mechanism, number));
    }

    private static Attendance attendance(JsonRecord r) {
        String key = r.text("key");
        PersonId person = r.parsed("person", false, PersonId::new);
        String titleAsReported = r.optionalText("titleAsReported");
        Country country = r.parsed("country", true, Country::new);
        List<AttendanceRole> roles = r.choices("roles", AttendanceRole.class);
        if (new HashSet<>(roles).size() < roles.size()) {
            r.problem("roles", "names a role more than once");
        }
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new Attendance(key, person, titleAsReported, country, Set.copyOf(roles), evidence));
    }

    private static Commitment commitment(JsonRecord r) {
        String key = r.text("key");
        String text = r.text("text");
        CommitmentKind kind = r.choice("kind", CommitmentKind.class, true);
        List<Country> sides = r.list("sides", Country::new);
        List<String> areas = r.texts("areas");
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new Commitment(key, text, kind, sides, areas, evidence));
    }

    private static Party party(JsonRecord r) {
        Country country = r.parsed("country", true, Country::new);
        OrganizationId organization = r.parsed("organization", false, OrganizationId::new);
        return r.build(() -> new Party(country, organization));
    }

    private static Signatory signatory(JsonRecord r) {
        PersonId person = r.parsed("person", false, PersonId::new);
        String titleAsReported = r.optionalText("titleAsReported");
        Country country = r.parsed("country", true, Country::new);
        return r.build(() -> new Signatory(person, titleAsReported, country));
    }

    private static StatusChange statusChange(JsonRecord r) {
        InstrumentStatus status = r.choice("status", InstrumentStatus.class, true);
        PartialDate on = r.date("on", false);
        List<Evidence> evidence = r.evidence("evidence");
        return r.build(() -> new StatusChange(status, on, evidence));
    }

    private static CountryPair pair(List<Country> countries) {
        if (countries.size() != 2) {
            throw new DomainException("RELATION_NEEDS_TWO_COUNTRIES",
                    "a bilateral relation is between exactly two countries, got " + countries.size());
        }
        return new CountryPair(countries.get(0), countries.get(1));
    }
}
