package org.entente.bootstrap.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.bootstrap.articles.Answers.one;
import static org.entente.bootstrap.articles.Articles.CONSULTATION_2025;
import static org.entente.bootstrap.articles.Articles.DIALOGUE_2024;
import static org.entente.bootstrap.articles.Articles.cites;
import static org.entente.bootstrap.articles.Articles.infers;
import static org.entente.bootstrap.articles.Articles.notes;

import java.util.List;
import java.util.Map;
import org.entente.bootstrap.articles.Answers.Attendance;
import org.entente.bootstrap.articles.Answers.Commitment;
import org.entente.bootstrap.articles.Answers.Instrument;
import org.entente.bootstrap.articles.Answers.Level;
import org.entente.bootstrap.articles.Answers.Mechanism;
import org.entente.bootstrap.articles.Answers.Meeting;
import org.entente.bootstrap.articles.Answers.Person;
import org.entente.bootstrap.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Article 001: "Việt Nam and Japan held their first Foreign and Defence Vice-Ministerial Consultation in Tokyo on
 * Thursday", the article being dated 2025-12-04, asked over HTTP.
 */
@ServiceTest
class ViceMinisterialConsultation2025Test extends ArticleOverHttp {
    private static final String DOCUMENT = "vice-ministerial-consultation-2025";
    private static final String VU = "Nguyễn Minh Vũ";
    private static final String CHIEN = "Hoàng Xuân Chiến";
    private static final String TWO_PLUS_TWO = "Foreign and Defence Vice-Ministerial Consultation";
    private static final String DIALOGUE = "Việt Nam-Japan strategic partnership dialogue";

    ViceMinisterialConsultation2025Test() {
        super(DOCUMENT);
    }

    @Test
    void the_strategic_partnership_dialogue_was_upgraded_into_the_2_plus_2_consultation_on_2025_12_04() {
        List<Mechanism> mechanisms = mechanisms();
        Mechanism twoPlusTwo = one(mechanisms, Mechanism::name, TWO_PLUS_TWO);
        assertThat(twoPlusTwo.format()).isEqualTo("2+2");
        assertThat(twoPlusTwo.predecessor().name()).isEqualTo(DIALOGUE);
        assertThat(twoPlusTwo.upgradedOn()).isEqualTo("2025-12-04");
        infers(twoPlusTwo.evidence(), CONSULTATION_2025,
                "Both sides affirmed the upgrade of the strategic partnership dialogue to the first Vice-Ministerial"
                        + " “2+2” Consultation", "does not date the upgrade");
        Mechanism dialogue = one(mechanisms, Mechanism::name, DIALOGUE);
        assertThat(dialogue.successor().name()).isEqualTo(TWO_PLUS_TWO);
        assertThat(dialogue.predecessor()).isNull();
        assertThat(dialogue.sessions()).extracting(Answers.Session::number).containsExactly(8);
        cites(dialogue.evidence(), DIALOGUE_2024, "co-chaired the 8th Việt Nam-Japan strategic partnership dialogue");
        cites(dialogue.evidence(), CONSULTATION_2025, "Both sides affirmed the upgrade of the strategic partnership");
    }

    @Test
    void its_first_session_met_in_tokyo_on_thursday_2025_12_04() {
        Meeting first = firstConsultation();
        assertThat(first.title()).isEqualTo("First Foreign and Defence Vice-Ministerial “2+2” Consultation");
        assertThat(first.kind()).isEqualTo("CONSULTATION");
        assertThat(first.status()).isEqualTo("HELD");
        assertThat(first.startDate()).isEqualTo("2025-12-04");
        assertThat(first.city()).isEqualTo("Tokyo");
        assertThat(first.country().code()).isEqualTo("JP");
        infers(first.evidence(), CONSULTATION_2025, "Consultation in Tokyo on Thursday, engaging in frank and open"
                + " discussions on diplomatic and security ties", "2025-12-04 is a Thursday");
    }

    @Test
    void two_deputy_ministers_led_each_delegation_vu_under_another_translation_of_his_post() {
        Meeting first = firstConsultation();
        assertThat(first.attendances())
                .extracting(Attendance::name, Attendance::titleAsReported, Attendance::side, Attendance::roles)
                .containsExactly(
                        tuple(CHIEN, "Deputy Minister of National Defence", "VN", List.of("HEAD_OF_DELEGATION")),
                        tuple(VU, "Standing Deputy Minister of Foreign Affairs", "VN", List.of("HEAD_OF_DELEGATION")),
                        tuple("Namazu Hiroyuki", "Senior Deputy Minister for Foreign Affairs", "JP",
                                List.of("HEAD_OF_DELEGATION")),
                        tuple("Kano Koji", "Vice Minister of Defence for International Affairs", "JP",
                                List.of("HEAD_OF_DELEGATION")));
        assertThat(first.attendance(VU).post().title()).isEqualTo("Permanent Deputy Minister of Foreign Affairs");
        notes(first.attendance(CHIEN).evidence(), CONSULTATION_2025, "The Vietnamese delegation was led by Deputy"
                + " Minister of National Defence Sen. Lieut. Gen Hoàng Xuân Chiến", "military rank");
        cites(first.attendance(VU).evidence(), CONSULTATION_2025, "Standing Deputy Minister of Foreign Affairs Nguyễn"
                + " Minh Vũ");
        notes(first.attendance("Kano Koji").evidence(), CONSULTATION_2025, "Japan was represented by", "heads");

        assertThat(personsNamed("nguyen minh vu")).singleElement().satisfies(vu -> {
            assertThat(vu.name()).isEqualTo(VU);
            assertThat(vu.titles()).containsExactly("Permanent Deputy Minister of Foreign Affairs");
            cites(vu.evidence(), DIALOGUE_2024, "Permanent Deputy Minister of Foreign Affairs Nguyễn Minh Vũ");
            cites(vu.evidence(), CONSULTATION_2025, "Standing Deputy Minister of Foreign Affairs Nguyễn Minh Vũ");
        });
    }

    @Test
    void the_sides_affirmed_the_upgrade_agreed_pledged_and_supported() {
        Meeting first = firstConsultation();
        assertThat(first.commitments()).extracting(Commitment::key, Commitment::kind, Commitment::sideCodes)
                .containsExactly(
                        tuple("upgrade", "REAFFIRMED", List.of("VN", "JP")),
                        tuple("ties-growing", "AGREED", List.of("VN", "JP")),
                        tuple("japan-as-partner", "REAFFIRMED", List.of("VN")),
                        tuple("japan-role", "SUPPORTED", List.of("VN")),
                        tuple("viet-nam-as-partner", "REAFFIRMED", List.of("JP")),
                        tuple("concretise-agreements", "AGREED", List.of("VN", "JP")),
                        tuple("defence-security-pillar", "PLEDGED", List.of("VN", "JP")),
                        tuple("consultations", "AGREED", List.of("VN", "JP")),
                        tuple("asean-centrality", "REAFFIRMED", List.of("VN", "JP")));
        cites(first.commitment("japan-role").evidence(), CONSULTATION_2025,
                "supports Japan’s active and constructive role in global and regional issues");
        cites(first.commitment("defence-security-pillar").evidence(), CONSULTATION_2025,
                "They pledged to continue closely collaborating to further advance this crucial pillar");
        cites(first.commitment("asean-centrality").evidence(), CONSULTATION_2025,
                "upholding ASEAN’s centrality within the regional architecture");
    }

    @Test
    void koizumi_shinjiro_received_chien_and_vu_and_the_two_defence_ministries_signed_two_documents() {
        Meeting reception = ask("ReceptionOfTheDay").path("meetings.nodes").entityList(Meeting.class).get()
                .stream().reduce((a, b) -> {
                    throw new AssertionError("more than one reception on 2025-12-04");
                }).orElseThrow();
        assertThat(reception.title()).isEqualTo("Reception hosted by Minister of Defence Koizumi Shinjiro");
        assertThat(reception.startDate()).isEqualTo("2025-12-04");
        assertThat(reception.attendances())
                .extracting(Attendance::name, Attendance::titleAsReported, Attendance::side, Attendance::roles)
                .containsExactly(
                        tuple("Koizumi Shinjiro", "Japanese Minister of Defence", "JP", List.of("HOST")),
                        tuple(CHIEN, null, "VN", List.of("GUEST")),
                        tuple(VU, null, "VN", List.of("GUEST")));
        infers(reception.evidence(), CONSULTATION_2025, "Later on the day, Japanese Minister of Defence Koizumi"
                + " Shinjiro hosted a reception for Chiến and Vũ.", "2025-12-04");

        assertThat(reception.instruments())
                .extracting(Instrument::title, Instrument::kind, Instrument::status, Instrument::signedOn,
                        Instrument::signedAt)
                .containsExactly(
                        tuple("Letter of Intent on training cooperation", "LETTER_OF_INTENT", "SIGNED", "2025-12-04",
                                null),
                        tuple("Memorandum of Understanding on cooperation in search and rescue", "MOU", "SIGNED",
                                "2025-12-04", null));
        assertThat(reception.instruments()).allSatisfy(instrument -> {
            assertThat(instrument.parties()).extracting(p -> p.country().code(), p -> p.organization().name())
                    .containsExactly(tuple("VN", "Ministry of National Defence"), tuple("JP", "Ministry of Defence"));
            assertThat(instrument.signatories()).isEmpty();
            assertThat(instrument.witnesses()).isEmpty();
            assertThat(instrument.statusHistory()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo("SIGNED");
                assertThat(s.on()).isEqualTo("2025-12-04");
            });
            infers(instrument.evidence(), CONSULTATION_2025, "On this occasion, the two defence ministries signed a"
                    + " Memorandum of Understanding on cooperation in search and rescue and a Letter of Intent on"
                    + " training cooperation.", "names no signatory");
        });
    }

    @Test
    void vu_also_met_four_japanese_figures_separately_and_held_talks_with_namazu_hiroyuki() {
        String vuId = personsNamed("nguyen minh vu").get(0).id();
        GraphQlTester.Response response = Articles.ask(graphQl, DOCUMENT, "MeetingsOfPerson",
                Map.of("personId", vuId));
        List<Meeting> meetings = response.path("meetings.nodes").entityList(Meeting.class).get();
        assertThat(meetings).extracting(Meeting::startDate)
                .containsExactly("2025-12", "2025-12", "2025-12", "2025-12", "2025-12", "2025-12-04", "2025-12-04");
        List<Meeting> separate = meetings.stream().filter(m -> m.startDate().equals("2025-12")).toList();
        assertThat(separate).extracting(Meeting::kind,
                        m -> m.attendances().stream().filter(a -> !a.name().equals(VU)).map(a -> a.name() + ", "
                                + a.titleAsReported()).toList())
                .containsExactlyInAnyOrder(
                        tuple("OTHER", List.of("Yamaguchi Tsuyoshi, Director-General of the International Bureau of"
                                + " Japan’s Liberal Democratic Party")),
                        tuple("OTHER", List.of("Obuchi Yuko, Chairwoman of the Japan-Việt Nam Parliamentary"
                                + " Friendship Alliance")),
                        tuple("OTHER", List.of("Ozaki Masanao, Deputy Chief Cabinet Secretary")),
                        tuple("OTHER", List.of("Takebe Tsutomu, Special Advisor to the Japan–Việt Nam Parliamentary"
                                + " Friendship Alliance")),
                        tuple("TALKS", List.of("Namazu Hiroyuki, Senior Deputy Minister for Foreign Affairs")));
        assertThat(separate).allSatisfy(m -> {
            assertThat(m.country().code()).isEqualTo("JP");
            infers(m.evidence(), CONSULTATION_2025, "Vũ also held separate meetings with", "dated to the month");
        });
    }

    @Test
    void two_years_after_the_elevation_the_relation_stands_at_the_comprehensive_strategic_partnership() {
        Level level = ask("LevelTwoYearsOn").path("relation.levelAt").entity(Level.class).get();
        assertThat(level.name())
                .isEqualTo("Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World");
        assertThat(level.since()).isEqualTo("2023-11-27");
        infers(level.evidence(), CONSULTATION_2025, "two years after the Việt Nam-Japan relationship was elevated to a"
                + " Comprehensive Strategic Partnership", "two years");
    }

    private List<Mechanism> mechanisms() {
        return ask("Mechanisms").path("relation.mechanisms").entityList(Mechanism.class).get();
    }

    private Meeting firstConsultation() {
        Mechanism twoPlusTwo = one(mechanisms(), Mechanism::name, TWO_PLUS_TWO);
        assertThat(twoPlusTwo.sessions()).extracting(Answers.Session::number).containsExactly(1);
        return twoPlusTwo.sessions().get(0).meeting();
    }

    private List<Person> personsNamed(String name) {
        return Articles.ask(graphQl, DOCUMENT, "PersonByName", Map.of("name", name)).path("persons.nodes")
                .entityList(Person.class).get();
    }

}
