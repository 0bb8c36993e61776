package org.entente.storage.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
 * Realistic records of every aggregate, one per {@code variant}: names with diacritics, dates known to the year,
 * the month or the day, optional fields present in some variants and absent in others. The same variant always
 * gives the same record, and distinct variants never claim the same natural key (country pair, session number).
 */
public final class SampleRecords {
    public static final Country VN = Country.of("VN");
    public static final Country JP = Country.of("JP");
    public static final Country KR = Country.of("KR");
    public static final Country US = Country.of("US");
    public static final List<Country> COUNTRIES = List.of(VN, JP, KR, US);

    /** The relations records refer to; only {@link #relation} stores relations. */
    public static final List<RelationId> RELATIONS = ids(RelationId::new, "jp-vn", "kr-vn", "us-vn");
    public static final List<PersonId> PERSONS = ids(PersonId::new, "vo-van-thuong", "kishida-fumio",
            "nguyen-minh-vu", "dang-thi-thu-ha", "pham-minh-chinh", "bui-thanh-son", "yoon-suk-yeol", "ono-keitaro");
    public static final List<MechanismId> MECHANISMS = ids(MechanismId::new, "strategic-partnership-dialogue",
            "vice-ministerial-2plus2", "defence-policy-dialogue", "joint-committee");
    public static final List<OrganizationId> ORGANIZATIONS = ids(OrganizationId::new, "mofa-vn", "mofa-jp",
            "national-assembly-vn", "jica");
    public static final List<SourceId> SOURCES = ids(SourceId::new, "vna-2023-11-27", "mofa-jp-2024-08-05",
            "nhandan-2025-03-12");

    /** Names as printed, diacritics and all: {@code đ}, stacked tones, macrons, kanji. */
    public static final List<String> PERSON_NAMES = List.of("Nguyễn Minh Vũ", "Đặng Thị Thu Hà", "Phạm Minh Chính",
            "Kishida Fumio", "Bùi Thanh Sơn", "Trần Đức Lương", "Ōno Keitarō", "Lê Hoài Trung", "Yoon Suk-yeol",
            "Nguyễn Văn Đức");
    /** Cooperation areas, spelled with and without diacritics and in several cases, as sources spell them. */
    public static final List<String> AREAS = List.of("Năng lượng", "energy", "Quốc phòng – an ninh", "ODA",
            "Khoa học & công nghệ", "NĂNG LƯỢNG", "digital transformation", "Giáo dục");
    private static final List<String> CITIES = List.of("Hà Nội", "Tokyo", "Đà Nẵng", "Thành phố Hồ Chí Minh",
            "Ōsaka", "Seoul");
    private static final List<String> ALL_COUNTRY_CODES = Arrays.stream(Locale.getISOCountries()).sorted().toList();

    private SampleRecords() {
    }

    /** A date known to the year, the month or the day, between 2019 and 2026; many variants share one. */
    public static PartialDate date(int variant) {
        int year = 2019 + Math.floorMod(variant * 7, 8);
        int month = 1 + Math.floorMod(variant * 5, 12);
        int day = 1 + Math.floorMod(variant * 11, 28);
        return switch (Math.floorMod(variant, 3)) {
            case 0 -> PartialDate.ofYear(year);
            case 1 -> PartialDate.ofMonth(year, month);
            default -> PartialDate.of(year, month, day);
        };
    }

    /** None, one or two pieces of evidence, one of them inferred. */
    public static List<Evidence> evidence(int variant) {
        SourceId source = SOURCES.get(Math.floorMod(variant, SOURCES.size()));
        return switch (Math.floorMod(variant, 3)) {
            case 0 -> List.of();
            case 1 -> List.of(new Evidence(source,
                    "Hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện.", 17 + variant, false, null));
            default -> List.of(
                    new Evidence(source, "the two leaders held talks in Tokyo", 3, false, "quoted from the English edition"),
                    new Evidence(source, "vào năm sau", 120, true, "the year is the one after the article's date"));
        };
    }

    public static Source source(SourceId id, int variant) {
        boolean full = Math.floorMod(variant, 2) == 0;
        String title = "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Kishida Fumio #" + variant;
        String text = "Chiều 27/11, tại Tokyo, Chủ tịch nước Võ Văn Thưởng hội đàm với Thủ tướng Kishida Fumio.\n"
                + "Hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện (variant " + variant + ").\n"
                + "日越外交関係樹立50周年。 Đ/đ, ơ, ư, ẫ.";
        return new Source(id, full ? "Thông tấn xã Việt Nam" : null, Math.floorMod(variant, 3) == 2 ? null : title,
                Math.floorMod(variant, 4) == 3 ? null : date(variant),
                List.of("vi", "en", "ja", "zh-Hant").get(Math.floorMod(variant, 4)),
                full ? "https://news.example/articles/" + id.value() : null, text, 0);
    }

    public static Organization organization(OrganizationId id, int variant) {
        List<String> others = switch (Math.floorMod(variant, 3)) {
            case 0 -> List.of();
            case 1 -> List.of("Bộ Ngoại giao", "MOFA");
            default -> List.of("外務省");
        };
        return new Organization(id, "Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam " + variant,
                others,
                OrganizationKind.values()[Math.floorMod(variant, OrganizationKind.values().length)],
                Math.floorMod(variant, 5) == 4 ? null : COUNTRIES.get(Math.floorMod(variant, COUNTRIES.size())),
                evidence(variant), 0);
    }

    public static Person person(PersonId id, int variant) {
        String name = PERSON_NAMES.get(Math.floorMod(variant, PERSON_NAMES.size()));
        List<String> others = switch (Math.floorMod(variant, 4)) {
            case 1 -> List.of(withoutDiacritics(name));
            case 2 -> List.of("岸田文雄", "Fumio Kishida");
            default -> List.of();
        };
        List<Post> posts = new ArrayList<>();
        if (Math.floorMod(variant, 3) != 0) {
            posts.add(new Post("Bộ trưởng Ngoại giao", ORGANIZATIONS.get(0), PartialDate.ofYear(2016),
                    PartialDate.parse("2021-04-07"), evidence(variant)));
        }
        if (Math.floorMod(variant, 3) == 2) {
            posts.add(new Post("Ambassador Extraordinary and Plenipotentiary", null, null, null, List.of()));
        }
        return new Person(id, name, others, Math.floorMod(variant, 7) == 6 ? null : COUNTRIES.get(Math.floorMod(variant, 2)),
                posts, evidence(variant + 1), Math.floorMod(variant, 5) == 4 ? new PersonId(id.value() + ".survivor") : null,
                0);
    }

    /** A relation whose country pair is the {@code variant}-th of all pairs of ISO countries. */
    public static BilateralRelation relation(RelationId id, int variant) {
        List<PartnershipLevel> levels = switch (Math.floorMod(variant, 3)) {
            case 0 -> List.of();
            case 1 -> List.of(new PartnershipLevel("Strategic Partnership", PartialDate.parse("2009-04"), null, null,
                    evidence(variant)));
            default -> List.of(
                    new PartnershipLevel("Đối tác chiến lược sâu rộng", PartialDate.ofYear(2014),
                            PartialDate.parse("2023-11-27"), null, List.of()),
                    new PartnershipLevel("Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World",
                            PartialDate.parse("2023-11-27"), null, new MeetingId("talks-2023-11-27"), evidence(variant)));
        };
        return new BilateralRelation(id, countryPair(variant), levels, 0);
    }

    /** The {@code n}-th pair of ISO 3166 countries, in a fixed order; distinct for every {@code n} below 30,000. */
    public static CountryPair countryPair(int n) {
        int count = ALL_COUNTRY_CODES.size();
        int remaining = n;
        for (int first = 0; first < count - 1; first++) {
            int partners = count - 1 - first;
            if (remaining < partners) {
                return CountryPair.of(ALL_COUNTRY_CODES.get(first), ALL_COUNTRY_CODES.get(first + 1 + remaining));
            }
            remaining -= partners;
        }
        throw new IllegalArgumentException("there are fewer country pairs than " + n);
    }

    public static DialogueMechanism mechanism(MechanismId id, int variant) {
        boolean upgraded = Math.floorMod(variant, 4) == 1;
        return new DialogueMechanism(id, RELATIONS.get(Math.floorMod(variant, RELATIONS.size())),
                "Đối thoại Đối tác chiến lược cấp Thứ trưởng " + variant,
                Math.floorMod(variant, 3) == 0 ? null : "2+2",
                upgraded ? MECHANISMS.get(Math.floorMod(variant / 4, MECHANISMS.size())) : null,
                upgraded ? date(variant) : null, evidence(variant), 0);
    }

    public static Visit visit(VisitId id, int variant) {
        PartialDate start = date(variant);
        return new Visit(id, RELATIONS.get(Math.floorMod(variant, RELATIONS.size())),
                VisitKind.values()[Math.floorMod(variant, VisitKind.values().length)],
                PERSONS.get(Math.floorMod(variant, PERSONS.size())),
                COUNTRIES.get(Math.floorMod(variant + 1, COUNTRIES.size())),
                start, Math.floorMod(variant, 2) == 0 ? null : PartialDate.of(start.last().plusDays(Math.floorMod(variant, 4))),
                Math.floorMod(variant, 3) == 0 ? List.of()
                        : List.of(CITIES.get(Math.floorMod(variant, CITIES.size())), "Yamaguchi"),
                evidence(variant), 0);
    }

    /**
     * A meeting; every third is session {@code variant + 1} of a mechanism, so that sessions never collide.
     * Spans, countries, attendees and areas vary so that every criterion selects some meetings and not others.
     */
    public static Meeting meeting(MeetingId id, int variant) {
        PartialDate start = date(variant);
        PartialDate end = switch (Math.floorMod(variant, 4)) {
            case 0 -> null;
            case 1 -> start;
            default -> PartialDate.of(start.last().plusDays(Math.floorMod(variant * 13, 40)));
        };
        List<Attendance> attendances = new ArrayList<>();
        int attendees = Math.floorMod(variant, 4);
        for (int i = 0; i < attendees; i++) {
            PersonId person = PERSONS.get(Math.floorMod(variant + i * 3, PERSONS.size()));
            Set<AttendanceRole> roles = i == 0 ? EnumSet.of(AttendanceRole.HOST, AttendanceRole.CO_CHAIR)
                    : EnumSet.of(AttendanceRole.values()[Math.floorMod(variant + i, AttendanceRole.values().length)]);
            attendances.add(new Attendance("a" + (i + 1), person, i == 1 ? "Thủ tướng Chính phủ" : null,
                    COUNTRIES.get(Math.floorMod(variant + i, 2)), roles, i == 0 ? evidence(variant) : List.of()));
        }
        if (Math.floorMod(variant, 5) == 0) {
            attendances.add(new Attendance("governor", null, "Thống đốc tỉnh Yamaguchi", JP,
                    EnumSet.of(AttendanceRole.GUEST), List.of()));
        }
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < Math.floorMod(variant, 3); i++) {
            commitments.add(new Commitment("c" + (i + 1),
                    "Nhật Bản ủng hộ Việt Nam đăng cai Năm APEC 2027 (" + i + ")",
                    CommitmentKind.values()[Math.floorMod(variant + i, CommitmentKind.values().length)],
                    i == 0 ? List.of(JP) : List.of(VN, JP), i == 0 ? List.of() : List.of("Năng lượng", "ODA"),
                    evidence(variant + i)));
        }
        int areaCount = Math.floorMod(variant, 4);
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < areaCount; i++) {
            areas.add(AREAS.get(Math.floorMod(variant * 3 + i, AREAS.size())));
        }
        return new Meeting(id, RELATIONS.get(Math.floorMod(variant, RELATIONS.size())),
                "Hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Kishida Fumio #" + variant,
                MeetingKind.values()[Math.floorMod(variant, MeetingKind.values().length)],
                MeetingStatus.values()[Math.floorMod(variant, MeetingStatus.values().length)], start, end,
                Math.floorMod(variant, 5) == 1 ? null : CITIES.get(Math.floorMod(variant, CITIES.size())),
                Math.floorMod(variant, 6) == 5 ? null : COUNTRIES.get(Math.floorMod(variant, COUNTRIES.size())),
                Math.floorMod(variant, 3) == 0
                        ? new MechanismSession(MECHANISMS.get(Math.floorMod(variant / 3, MECHANISMS.size())), variant + 1)
                        : null,
                Math.floorMod(variant, 4) == 2 ? new VisitId("state-visit-" + Math.floorMod(variant, 5)) : null,
                areas, Math.floorMod(variant, 2) == 0 ? List.of() : List.of("Tuyên bố chung được thông qua"),
                attendances, commitments, evidence(variant), 0);
    }

    public static Instrument instrument(InstrumentId id, int variant) {
        PartialDate signed = Math.floorMod(variant, 5) == 4 ? null : date(variant);
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(InstrumentStatus.SIGNED, signed, evidence(variant)));
        if (Math.floorMod(variant, 3) == 1) {
            history.add(new StatusChange(InstrumentStatus.IN_FORCE, null, List.of()));
        }
        Boolean binding = switch (Math.floorMod(variant, 3)) {
            case 0 -> null;
            case 1 -> Boolean.TRUE;
            default -> Boolean.FALSE;
        };
        Country other = COUNTRIES.get(1 + Math.floorMod(variant, COUNTRIES.size() - 1));
        return new Instrument(id, RELATIONS.get(Math.floorMod(variant, RELATIONS.size())),
                "Bản ghi nhớ hợp tác về chuyển đổi năng lượng #" + variant,
                InstrumentKind.values()[Math.floorMod(variant, InstrumentKind.values().length)], binding,
                List.of(new Party(VN, Math.floorMod(variant, 2) == 0 ? ORGANIZATIONS.get(0) : null), new Party(other, null)),
                Math.floorMod(variant, 2) == 0 ? List.of()
                        : List.of(new Signatory(PERSONS.get(Math.floorMod(variant, PERSONS.size())), "Bộ trưởng", VN),
                                new Signatory(null, "Đại sứ đặc mệnh toàn quyền", other)),
                Math.floorMod(variant, 4) == 3 ? List.of(PERSONS.get(4), PERSONS.get(1)) : List.of(),
                Math.floorMod(variant, 3) == 0 ? null : new MeetingId("meeting-" + Math.floorMod(variant, 12)), signed,
                Math.floorMod(variant, 2) == 0 ? null : "Hà Nội",
                Math.floorMod(variant, 2) == 0 ? List.of() : List.of("Năng lượng", "ODA"), history,
                evidence(variant + 2), 0);
    }

    public static Invitation invitation(InvitationId id, int variant) {
        PersonId inviter = PERSONS.get(Math.floorMod(variant, PERSONS.size()));
        PersonId invitee = PERSONS.get(Math.floorMod(variant + 1 + Math.floorMod(variant, 3), PERSONS.size()));
        InvitationStatus status = InvitationStatus.values()[Math.floorMod(variant, InvitationStatus.values().length)];
        return new Invitation(id, RELATIONS.get(Math.floorMod(variant, RELATIONS.size())), inviter, invitee,
                "thăm chính thức Nhật Bản vào thời gian thuận tiện #" + variant,
                Math.floorMod(variant, 3) == 0 ? PERSONS.get(7) : null,
                Math.floorMod(variant, 2) == 0 ? null : new MeetingId("meeting-" + Math.floorMod(variant, 9)),
                Math.floorMod(variant, 4) == 3 ? null : date(variant), status,
                status == InvitationStatus.FULFILLED ? new MeetingId("meeting-" + Math.floorMod(variant + 3, 9)) : null,
                evidence(variant), 0);
    }

    public static Event event(EventId id, int variant) {
        PartialDate start = Math.floorMod(variant, 5) == 2 ? null : date(variant);
        return new Event(id, RELATIONS.get(Math.floorMod(variant, RELATIONS.size())),
                "Năm APEC 2027 tại Việt Nam #" + variant,
                EventKind.values()[Math.floorMod(variant, EventKind.values().length)],
                Math.floorMod(variant, 4) == 3 ? null : COUNTRIES.get(Math.floorMod(variant, COUNTRIES.size())),
                Math.floorMod(variant, 3) == 0 ? ORGANIZATIONS.get(3) : null,
                Math.floorMod(variant, 2) == 0 ? null : "Phú Quốc",
                start, start != null && Math.floorMod(variant, 3) == 1 ? PartialDate.of(start.last().plusDays(3)) : null,
                EventStatus.values()[Math.floorMod(variant, EventStatus.values().length)], evidence(variant), 0);
    }

    private static <I> List<I> ids(java.util.function.Function<String, I> id, String... values) {
        return Arrays.stream(values).map(id).toList();
    }

    /** Another spelling as sources print it: the name without its diacritics. */
    private static String withoutDiacritics(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("\\p{M}+", "");
    }
}
