package org.entente.graphql.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * A few records in the shape of the Vietnam–Japan data set (same ids and names, so that the example queries of
 * the docs answer here too), plus a second relation, and optionally many generated meetings for batching tests.
 */
public final class Samples {
    public static final Country VN = Country.of("VN");
    public static final Country JP = Country.of("JP");
    public static final Country FR = Country.of("FR");
    public static final RelationId JP_VN = new RelationId("jp-vn");
    public static final RelationId FR_VN = new RelationId("fr-vn");
    public static final String TEXT = "President Vo Van Thuong held talks with Prime Minister Fumio Kishida in Tokyo. "
            + "The two sides elevated their relations to a Comprehensive Strategic Partnership. "
            + "Permanent Deputy Minister of Foreign Affairs Nguyễn Minh Vũ co-chaired the dialogue. "
            + "Both sides signed a memorandum on search and rescue.";

    public final List<Source> sources = new ArrayList<>();
    public final List<Organization> organizations = new ArrayList<>();
    public final List<Person> persons = new ArrayList<>();
    public final List<BilateralRelation> relations = new ArrayList<>();
    public final List<DialogueMechanism> mechanisms = new ArrayList<>();
    public final List<Visit> visits = new ArrayList<>();
    public final List<Meeting> meetings = new ArrayList<>();
    public final List<Instrument> instruments = new ArrayList<>();
    public final List<Invitation> invitations = new ArrayList<>();
    public final List<Event> events = new ArrayList<>();

    private final Source source = new Source(new SourceId("000_vna"), "Vietnam News Agency", "Talks in Tokyo",
            PartialDate.parse("2023-11-27"), "en", null, TEXT, 1);

    private Samples() {
        sources.add(source);
        sources.add(new Source(new SourceId("001_untitled"), null, null, null, "vi", null, "Một nguồn không có tiêu đề.", 1));
        organizations.add(new Organization(new OrganizationId("jp-ministry-of-foreign-affairs"),
                "Ministry of Foreign Affairs of Japan", List.of("MOFA"), OrganizationKind.MINISTRY, JP, List.of(), 1));
        organizations.add(new Organization(new OrganizationId("vn-ministry-of-foreign-affairs"),
                "Ministry of Foreign Affairs of Viet Nam", List.of(), OrganizationKind.MINISTRY, VN, List.of(), 1));
        organizations.add(new Organization(new OrganizationId("apec"), "Asia-Pacific Economic Cooperation",
                List.of("APEC"), OrganizationKind.INTERNATIONAL_ORGANIZATION, null, List.of(), 1));

        persons.add(person("nguyen-minh-vu", "Nguyễn Minh Vũ", List.of("Nguyen Minh Vu"), VN,
                post("Permanent Deputy Minister of Foreign Affairs", "vn-ministry-of-foreign-affairs", null, null)));
        persons.add(person("vo-van-thuong", "Vo Van Thuong", List.of("Võ Văn Thưởng"), VN,
                post("President", null, "2023-03-02", "2024-03-21")));
        persons.add(person("fumio-kishida", "Fumio Kishida", List.of(), JP,
                post("Minister for Foreign Affairs", "jp-ministry-of-foreign-affairs", "2012-12-26", "2017-08-03"),
                post("Prime Minister", null, "2021-10-04", "2024-10-01")));
        persons.add(person("namazu-hiroyuki", "Namazu Hiroyuki", List.of(), JP,
                post("Senior Deputy Minister for Foreign Affairs", "jp-ministry-of-foreign-affairs", null, null)));
        persons.add(person("funakoshi-takehiro", "Funakoshi Takehiro", List.of(), JP));
        persons.add(person("nguyen-van-a", "Nguyễn Văn A", List.of(), VN));

        relations.add(new BilateralRelation(JP_VN, CountryPair.of("JP", "VN"), List.of(
                new PartnershipLevel("Strategic Partnership", PartialDate.parse("2009-04"), PartialDate.parse("2014-03-18"),
                        null, List.of()),
                new PartnershipLevel("Extensive Strategic Partnership", PartialDate.parse("2014-03-18"),
                        PartialDate.parse("2023-11-27"), null, List.of()),
                new PartnershipLevel("Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World",
                        PartialDate.parse("2023-11-27"), null, new MeetingId("jp-vn-2023-11-27-talks"),
                        List.of(quote("elevated their relations to a Comprehensive Strategic Partnership")))), 1));
        relations.add(new BilateralRelation(FR_VN, CountryPair.of("FR", "VN"), List.of(), 1));

        MechanismId dialogue = new MechanismId("jp-vn-strategic-partnership-dialogue");
        MechanismId twoPlusTwo = new MechanismId("jp-vn-2plus2");
        mechanisms.add(new DialogueMechanism(dialogue, JP_VN, "Việt Nam-Japan strategic partnership dialogue", null,
                null, null, List.of(), 1));
        mechanisms.add(new DialogueMechanism(twoPlusTwo, JP_VN, "Foreign and Defence Vice-Ministerial Consultation",
                "2+2", dialogue, PartialDate.parse("2025-12-04"), List.of(), 1));

        VisitId thuongVisit = new VisitId("jp-vn-2023-11-thuong-official-visit");
        visits.add(new Visit(thuongVisit, JP_VN, VisitKind.OFFICIAL, new PersonId("vo-van-thuong"), JP,
                PartialDate.parse("2023-11-27"), PartialDate.parse("2023-11-30"), List.of("Tokyo", "Fukuoka"),
                List.of(), 1));

        meetings.add(meeting("jp-vn-2023-11-27-talks", JP_VN, "Talks between President Vo Van Thuong and Prime Minister Fumio Kishida",
                MeetingKind.TALKS, "2023-11-27", "Tokyo", JP, null, thuongVisit, List.of("defence", "digital transformation"),
                List.of(
                        attendance("vo-van-thuong", "President", VN, AttendanceRole.GUEST, AttendanceRole.WITNESS),
                        attendance("fumio-kishida", "Japanese Prime Minister", JP, AttendanceRole.WITNESS, AttendanceRole.HOST)),
                List.of(
                        new Commitment("elevation", "Elevate the relations to a Comprehensive Strategic Partnership.",
                                CommitmentKind.AGREED, List.of(VN, JP), List.of("political relations"),
                                List.of(quote("elevated their relations"))),
                        new Commitment("apec-2027", "Japan supports Vietnam hosting the APEC Year 2027.",
                                CommitmentKind.SUPPORTED, List.of(JP), List.of("regional and international issues"),
                                List.of()))));
        meetings.add(meeting("jp-vn-2023-11-27-press-conference", JP_VN, "Joint press conference",
                MeetingKind.PRESS_CONFERENCE, "2023-11-27", "Tokyo", JP, null, thuongVisit, List.of(),
                List.of(attendance("vo-van-thuong", "President", VN, AttendanceRole.GUEST),
                        attendance("fumio-kishida", "Prime Minister", JP, AttendanceRole.HOST)),
                List.of()));
        meetings.add(meeting("jp-vn-2024-12-strategic-partnership-dialogue-8", JP_VN,
                "8th Vietnam-Japan strategic partnership dialogue", MeetingKind.DIALOGUE, "2024-12", "Tokyo", JP,
                new MechanismSession(dialogue, 8), null, List.of("Défense"),
                List.of(attendance("nguyen-minh-vu", "Permanent Deputy Minister of Foreign Affairs", VN, AttendanceRole.CO_CHAIR),
                        attendance("funakoshi-takehiro", "Vice Minister for Foreign Affairs", JP, AttendanceRole.CO_CHAIR)),
                List.of(new Commitment("next-session", "Hold the next session in Hanoi.", CommitmentKind.AGREED,
                        List.of(VN, JP), List.of(), List.of()))));
        meetings.add(new Meeting(new MeetingId("jp-vn-2024-12-vu-meeting-governor-of-yamaguchi"), JP_VN,
                "Nguyễn Minh Vũ meets the Governor of Yamaguchi", MeetingKind.VISIT_CALL, MeetingStatus.HELD,
                PartialDate.parse("2024-12"), null, "Yamaguchi", JP, null, null, List.of(), List.of(),
                List.of(attendance("nguyen-minh-vu", "Permanent Deputy Minister", VN, AttendanceRole.GUEST),
                        new Attendance("governor", null, "Governor of Yamaguchi", JP, Set.of(AttendanceRole.HOST), List.of())),
                List.of(), List.of(), 1));
        meetings.add(meeting("jp-vn-2025-12-04-2plus2-consultation-1", JP_VN,
                "First Foreign and Defence Vice-Ministerial Consultation", MeetingKind.CONSULTATION, "2025-12-04", "Tokyo",
                JP, new MechanismSession(twoPlusTwo, 1), null, List.of("defence", "security"),
                List.of(attendance("nguyen-minh-vu", "Permanent Deputy Minister of Foreign Affairs", VN,
                                AttendanceRole.CO_CHAIR, AttendanceRole.SIGNATORY),
                        attendance("namazu-hiroyuki", "Senior Deputy Minister for Foreign Affairs", JP,
                                AttendanceRole.CO_CHAIR, AttendanceRole.SIGNATORY)),
                List.of(new Commitment("maritime", "Step up maritime security cooperation.", CommitmentKind.AGREED,
                        List.of(VN, JP), List.of("security"), List.of()))));
        meetings.add(meeting("jp-vn-2025-12-vu-talks-namazu-hiroyuki", JP_VN, "Talks with Namazu Hiroyuki",
                MeetingKind.TALKS, "2025-12", "Tokyo", JP, null, null, List.of(),
                List.of(attendance("nguyen-minh-vu", null, VN, AttendanceRole.GUEST),
                        attendance("namazu-hiroyuki", null, JP, AttendanceRole.HOST)),
                List.of()));
        meetings.add(meeting("fr-vn-2024-06-talks", FR_VN, "Talks in Paris", MeetingKind.TALKS, "2024-06", "Paris", FR,
                null, null, List.of(), List.of(attendance("nguyen-minh-vu", null, VN, AttendanceRole.GUEST)),
                List.of(new Commitment("culture", "Deepen cultural exchanges.", CommitmentKind.AGREED, List.of(FR, VN),
                        List.of("culture"), List.of()))));

        instruments.add(new Instrument(new InstrumentId("jp-vn-2023-11-27-joint-statement"), JP_VN,
                "Joint Statement on the elevation to a Comprehensive Strategic Partnership", InstrumentKind.JOINT_STATEMENT,
                false, List.of(new Party(VN, null), new Party(JP, null)), List.of(), List.of(),
                new MeetingId("jp-vn-2023-11-27-talks"), PartialDate.parse("2023-11-27"), "Tokyo", List.of("political relations"),
                List.of(new StatusChange(InstrumentStatus.ADOPTED, PartialDate.parse("2023-11-27"), List.of())),
                List.of(quote("elevated their relations")), 1));
        instruments.add(new Instrument(new InstrumentId("jp-vn-2025-12-04-mou-search-and-rescue"), JP_VN,
                "Memorandum of understanding on search and rescue", InstrumentKind.MOU, false,
                List.of(new Party(VN, new OrganizationId("vn-ministry-of-foreign-affairs")),
                        new Party(JP, new OrganizationId("jp-ministry-of-foreign-affairs"))),
                List.of(new Signatory(new PersonId("nguyen-minh-vu"), "Permanent Deputy Minister of Foreign Affairs", VN),
                        new Signatory(null, "a representative of the Japan Coast Guard", JP)),
                List.of(new PersonId("namazu-hiroyuki")), new MeetingId("jp-vn-2025-12-04-2plus2-consultation-1"),
                PartialDate.parse("2025-12-04"), "Tokyo", List.of("search and rescue"),
                List.of(new StatusChange(InstrumentStatus.SIGNED, PartialDate.parse("2025-12-04"), List.of()),
                        new StatusChange(InstrumentStatus.IN_FORCE, PartialDate.parse("2026-01"), List.of())),
                List.of(quote("signed a memorandum on search and rescue")), 1));
        instruments.add(new Instrument(new InstrumentId("jp-vn-joint-vision-statement-defence-cooperation"), JP_VN,
                "Joint Vision Statement on Vietnam-Japan Defence Cooperation", InstrumentKind.JOINT_VISION_STATEMENT, null,
                List.of(new Party(VN, null), new Party(JP, null)), List.of(), List.of(), null, null, null,
                List.of("defence"), List.of(new StatusChange(InstrumentStatus.ADOPTED, null, List.of())), List.of(), 1));

        invitations.add(new Invitation(new InvitationId("jp-vn-2023-11-invitation-kishida-to-thuong"), JP_VN,
                new PersonId("fumio-kishida"), new PersonId("vo-van-thuong"), "pay an official visit to Japan", null,
                null, PartialDate.parse("2023-06"), InvitationStatus.FULFILLED, new MeetingId("jp-vn-2023-11-27-talks"),
                List.of(), 1));
        invitations.add(new Invitation(new InvitationId("jp-vn-2024-12-invitation-vu-to-namazu"), JP_VN,
                new PersonId("nguyen-minh-vu"), new PersonId("namazu-hiroyuki"), "visit Vietnam",
                new PersonId("funakoshi-takehiro"), new MeetingId("jp-vn-2024-12-strategic-partnership-dialogue-8"),
                PartialDate.parse("2024-12"), InvitationStatus.EXTENDED, null, List.of(), 1));
        invitations.add(new Invitation(new InvitationId("jp-vn-undated-invitation"), JP_VN,
                new PersonId("namazu-hiroyuki"), new PersonId("nguyen-minh-vu"), "co-chair the next session", null, null,
                null, InvitationStatus.ACCEPTED, null, List.of(), 1));

        events.add(new Event(new EventId("apec-year-2027"), JP_VN, "APEC Year 2027", EventKind.HOSTING_YEAR, VN,
                new OrganizationId("apec"), null, PartialDate.parse("2027"), null, EventStatus.PLANNED, List.of(), 1));
        events.add(new Event(new EventId("world-expo-2025-osaka-kansai"), JP_VN, "World Expo 2025 Osaka, Kansai",
                EventKind.EXPO, JP, null, "Osaka", PartialDate.parse("2025-04-13"), PartialDate.parse("2025-10-13"),
                EventStatus.HELD, List.of(), 1));
        events.add(new Event(new EventId("jp-vn-diplomatic-relations-50th-anniversary"), JP_VN,
                "50th anniversary of diplomatic relations", EventKind.ANNIVERSARY, null, null, null,
                PartialDate.parse("2023"), null, EventStatus.HELD, List.of(), 1));
        events.add(new Event(new EventId("annual-locality-to-locality-cooperation-forum"), JP_VN,
                "Annual locality-to-locality cooperation forum", EventKind.FORUM, JP, null, null, null, null,
                EventStatus.PROPOSED, List.of(), 1));
    }

    /** The sample records. */
    public static Samples standard() {
        return new Samples();
    }

    /**
     * The sample records and {@code count} more meetings of JP–VN, each attended by a person of its own and by
     * Nguyễn Minh Vũ, every other one a session of the strategic partnership dialogue.
     */
    public static Samples withGeneratedMeetings(int count) {
        Samples samples = new Samples();
        for (int i = 1; i <= count; i++) {
            String personId = String.format("generated-person-%03d", i);
            samples.persons.add(samples.person(personId, "Generated Person " + i, List.of(), JP,
                    samples.post("Director-General " + i, "jp-ministry-of-foreign-affairs", null, null)));
            MechanismSession session = i % 2 == 0
                    ? new MechanismSession(new MechanismId("jp-vn-strategic-partnership-dialogue"), 100 + i) : null;
            samples.meetings.add(samples.meeting(String.format("jp-vn-generated-%03d", i), JP_VN,
                    "Generated meeting " + i, MeetingKind.OTHER,
                    PartialDate.of(java.time.LocalDate.of(2020, 1, 1).plusDays(i)).toString(), "Hanoi", VN, session,
                    new VisitId("jp-vn-2023-11-thuong-official-visit"), List.of("economy"),
                    List.of(samples.attendance(personId, "Director-General " + i, JP, AttendanceRole.HOST),
                            samples.attendance("nguyen-minh-vu", "Permanent Deputy Minister of Foreign Affairs", VN,
                                    AttendanceRole.GUEST)),
                    List.of(new Commitment("c" + i, "Generated commitment " + i, CommitmentKind.AGREED, List.of(VN),
                            List.of(), List.of(samples.quote("co-chaired the dialogue"))))));
            samples.instruments.add(new Instrument(new InstrumentId(String.format("jp-vn-generated-instrument-%03d", i)),
                    JP_VN, "Generated instrument " + i, InstrumentKind.AGREEMENT, true,
                    List.of(new Party(VN, new OrganizationId("vn-ministry-of-foreign-affairs"))),
                    List.of(new Signatory(new PersonId(personId), null, JP)), List.of(new PersonId("nguyen-minh-vu")),
                    new MeetingId(String.format("jp-vn-generated-%03d", i)), PartialDate.of(java.time.LocalDate.of(2020, 1, 1).plusDays(i)),
                    "Hanoi", List.of(), List.of(new StatusChange(InstrumentStatus.SIGNED, null, List.of())), List.of(), 1));
        }
        return samples;
    }

    public Person person(String id) {
        return persons.stream().filter(p -> p.id().value().equals(id)).findFirst().orElseThrow();
    }

    public Meeting meeting(String id) {
        return meetings.stream().filter(m -> m.id().value().equals(id)).findFirst().orElseThrow();
    }

    private Evidence quote(String text) {
        return source.quote(text);
    }

    private Person person(String id, String name, List<String> otherNames, Country country, Post... posts) {
        return new Person(new PersonId(id), name, otherNames, country, List.of(posts),
                List.of(quote(name.startsWith("Nguy") ? "Nguyễn Minh Vũ" : "Tokyo")), null, 1);
    }

    private Post post(String title, String organization, String since, String until) {
        return new Post(title, organization == null ? null : new OrganizationId(organization),
                since == null ? null : PartialDate.parse(since), until == null ? null : PartialDate.parse(until),
                List.of());
    }

    private Attendance attendance(String person, String title, Country country, AttendanceRole... roles) {
        return new Attendance(person, new PersonId(person), title, country, Set.of(roles), List.of());
    }

    private Meeting meeting(String id, RelationId relation, String title, MeetingKind kind, String start, String city,
                            Country country, MechanismSession session, VisitId visit, List<String> areas,
                            List<Attendance> attendances, List<Commitment> commitments) {
        return new Meeting(new MeetingId(id), relation, title, kind, MeetingStatus.HELD, PartialDate.parse(start), null,
                city, country, session, visit, areas, List.of("An outcome of " + title + "."), attendances, commitments,
                List.of(quote("Tokyo")), 1);
    }
}
