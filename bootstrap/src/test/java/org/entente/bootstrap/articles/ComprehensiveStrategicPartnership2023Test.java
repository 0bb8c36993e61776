package org.entente.bootstrap.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.bootstrap.articles.Articles.PARTNERSHIP_2023;
import static org.entente.bootstrap.articles.Articles.TALKS_DOCUMENT;
import static org.entente.bootstrap.articles.Articles.cites;
import static org.entente.bootstrap.articles.Articles.globalId;
import static org.entente.bootstrap.articles.Articles.meetingOf27November;
import static org.entente.bootstrap.articles.Articles.notes;

import java.util.List;
import java.util.Map;
import org.entente.bootstrap.articles.Answers.Commitment;
import org.entente.bootstrap.articles.Answers.Event;
import org.entente.bootstrap.articles.Answers.Instrument;
import org.entente.bootstrap.articles.Answers.Level;
import org.entente.bootstrap.articles.Answers.Meeting;
import org.entente.bootstrap.articles.Answers.Organization;
import org.entente.bootstrap.articles.Answers.Person;
import org.entente.bootstrap.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Article 004: "the two leaders agreed to elevate the Vietnam-Japan relations to the “Comprehensive Strategic
 * Partnership for Peace and Prosperity in Asia and the World”", asked over HTTP.
 */
@ServiceTest
class ComprehensiveStrategicPartnership2023Test extends ArticleOverHttp {
    private static final String ELEVATED =
            "Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World";

    ComprehensiveStrategicPartnership2023Test() {
        super(TALKS_DOCUMENT);
    }

    @Test
    void the_leaders_agreed_on_the_full_name_of_the_new_partnership_and_27_november_2023_holds_its_milestones() {
        GraphQlTester.Response response = ask("Levels", Map.of());
        Level level = response.path("relation.levels").entityList(Level.class).get().get(0);
        assertThat(level.name()).isEqualTo(ELEVATED);
        notes(level.evidence(), PARTNERSHIP_2023, "the twoleaders agreed to elevate the Vietnam-Japan relations",
                "The full name of the level");
        response.path("relation.timeline.nodes[*].__typename").entityList(String.class).containsExactly(
                        "EventScheduled", "LevelChange", "MeetingHeld", "MeetingHeld", "MeetingHeld",
                        "InstrumentConcluded", "InstrumentConcluded")
                .path("relation.timeline.nodes[1].level.name").entity(String.class).isEqualTo(ELEVATED)
                .path("relation.timeline.nodes[*].date").entityList(String.class).containsExactly("2023",
                        "2023-11-27", "2023-11-27", "2023-11-27", "2023-11-27", "2023-11-27", "2023-11-27");
    }

    @Test
    void thuong_was_on_an_official_visit_to_japan() {
        Answers.Visit visit = meetingOf27November(graphQl, "TALKS").visit();
        assertThat(visit.kind()).isEqualTo("OFFICIAL");
        assertThat(visit.visitor().name()).isEqualTo("Vo Van Thuong");
        assertThat(visit.host().code()).isEqualTo("JP");
        assertThat(visit.startDate()).isEqualTo("2023-11");
        assertThat(visit.places()).containsExactly("Tokyo");
        cites(visit.evidence(), PARTNERSHIP_2023, "President Thuong, who is paying an official visit to Japan");
    }

    @Test
    void following_the_talks_the_leaders_adopted_the_joint_statement_and_witnessed_the_signing_of_documents() {
        Instrument statement = instruments("JOINT_STATEMENT").get(0);
        assertThat(statement.title()).isEqualTo("Joint statement on the elevation of the Vietnam-Japan relations to the"
                + " " + ELEVATED);
        assertThat(statement.status()).isEqualTo("ADOPTED");
        assertThat(statement.signedOn()).isEqualTo("2023-11-27");
        assertThat(statement.meeting().title())
                .isEqualTo("Talks between President Vo Van Thuong and Prime Minister Fumio Kishida");
        cites(statement.evidence(), PARTNERSHIP_2023, "the two leaders adopted a joint statement on the elevation");

        Instrument documents = instruments("COOPERATION_DOCUMENT").get(0);
        assertThat(documents.status()).isEqualTo("SIGNED");
        assertThat(documents.signatories()).isEmpty();
        cites(documents.evidence(), PARTNERSHIP_2023, "They also witnessed the signing of some cooperationdocuments");
        assertThat(meetingOf27November(graphQl, "TALKS").instruments())
                .filteredOn(i -> i.kind().equals("COOPERATION_DOCUMENT")).singleElement()
                .satisfies(i -> assertThat(i.witnesses()).extracting(Person::name)
                        .containsExactly("Vo Van Thuong", "Fumio Kishida"));
    }

    @Test
    void defence_cooperation_rests_on_the_joint_vision_statement_which_no_article_dates() {
        List<Instrument> visions = instruments("JOINT_VISION_STATEMENT");
        assertThat(visions).extracting(Instrument::title, Instrument::status, Instrument::signedOn, Instrument::meeting)
                .containsExactly(tuple("Joint Vision Statement on Vietnam-Japan Defence Cooperation", "ADOPTED", null,
                        null));
        Instrument vision = visions.get(0);
        assertThat(vision.signatories()).isEmpty();
        assertThat(vision.statusHistory()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo("ADOPTED");
            assertThat(s.on()).isNull();
        });
        notes(vision.evidence(), PARTNERSHIP_2023, "on thebasis of the Joint Vision Statement on Vietnam- Japan Defence"
                + " Cooperation", "the articles do not say");
        cites(meetingOf27November(graphQl, "TALKS").commitment("defence-cooperation").evidence(), PARTNERSHIP_2023,
                "bolster practical and effective defence cooperation");
    }

    @Test
    void japan_supports_vietnam_hosting_apec_2027_and_carbon_neutrality_by_2050_and_each_side_asked_and_pledged() {
        Meeting talks = meetingOf27November(graphQl, "TALKS");
        assertThat(List.of("high-level-exchanges", "dialogue-mechanisms", "defence-cooperation", "economic-linkages",
                "support-for-development", "oda-fdi-projects", "new-generation-oda",
                "investment-technology-agriculture-market", "people-connectivity", "locality-forum",
                "human-resources-visas", "regional-coordination", "relations-role-model", "apec-2027",
                "carbon-neutrality", "asean-japan-summit")).extracting(talks::commitment)
                .extracting(Commitment::key, Commitment::kind, Commitment::sideCodes)
                .containsExactly(
                        tuple("high-level-exchanges", "AGREED", List.of("VN", "JP")),
                        tuple("dialogue-mechanisms", "AGREED", List.of("VN", "JP")),
                        tuple("defence-cooperation", "AGREED", List.of("VN", "JP")),
                        tuple("economic-linkages", "AGREED", List.of("VN", "JP")),
                        tuple("support-for-development", "REAFFIRMED", List.of("JP")),
                        tuple("oda-fdi-projects", "PROPOSED", List.of("JP")),
                        tuple("new-generation-oda", "REQUESTED", List.of("VN")),
                        tuple("investment-technology-agriculture-market", "REQUESTED", List.of("VN")),
                        tuple("people-connectivity", "AGREED", List.of("VN", "JP")),
                        tuple("locality-forum", "PROPOSED", List.of("VN")),
                        tuple("human-resources-visas", "REQUESTED", List.of("VN")),
                        tuple("regional-coordination", "REAFFIRMED", List.of("VN", "JP")),
                        tuple("relations-role-model", "REAFFIRMED", List.of("VN")),
                        tuple("apec-2027", "SUPPORTED", List.of("JP")),
                        tuple("carbon-neutrality", "SUPPORTED", List.of("JP")),
                        tuple("asean-japan-summit", "PLEDGED", List.of("VN")));
        assertThat(talks.commitment("apec-2027").text()).isEqualTo("Japan supports Vietnam hosting the APEC Year 2027.");
        cites(talks.commitment("apec-2027").evidence(), PARTNERSHIP_2023,
                "PM Kishidaexpressed his support for Vietnam to host the APEC Year 2027");
        cites(talks.commitment("carbon-neutrality").evidence(), PARTNERSHIP_2023, "carbon neutrality by 2050");
        cites(talks.commitment("human-resources-visas").evidence(), PARTNERSHIP_2023, "work towards visa exemption");
        cites(talks.commitment("asean-japan-summit").evidence(), PARTNERSHIP_2023,
                "marking the 50th anniversary of ASEAN - Japan relations in December");
    }

    @Test
    void vietnam_hosts_the_apec_year_2027_and_thuong_proposed_an_annual_locality_forum() {
        List<Event> in2027 = ask("Events", Map.of("from", "2027", "to", "2027")).path("events.nodes")
                .entityList(Event.class).get();
        assertThat(in2027).extracting(Event::name, Event::kind, e -> e.host().code(), Event::startDate, Event::status)
                .containsExactly(tuple("APEC Year 2027", "HOSTING_YEAR", "VN", "2027", "PLANNED"));
        cites(in2027.get(0).evidence(), PARTNERSHIP_2023, "to host the APEC Year 2027");
        List<Event> forums = ask("Events", Map.of("kind", "FORUM")).path("events.nodes").entityList(Event.class).get();
        assertThat(forums).extracting(Event::name, Event::host, Event::startDate, Event::status)
                .contains(tuple("Annual locality-to-locality cooperation forum", null, null, "PROPOSED"));
        cites(forums.get(0).evidence(), PARTNERSHIP_2023, "an annual locality-to-locality cooperation forum");
    }

    @Test
    void the_organisations_the_sides_support_each_other_at_are_recorded_as_printed() {
        List<Organization> named = ask("Organizations", Map.of("ids", List.of(globalId("Organization", "oecd"),
                globalId("Organization", "rcep"), globalId("Organization", "cptpp"))))
                .path("nodes").entityList(Organization.class).get();
        assertThat(named).extracting(Organization::name, Organization::otherNames, Organization::kind,
                        Organization::country)
                .containsExactly(
                        tuple("Organisation of Economic Cooperation and Development", List.of("OECD"),
                                "INTERNATIONAL_ORGANIZATION", null),
                        tuple("Regional Comprehensive Economic Partnership", List.of("RCEP"), "OTHER", null),
                        tuple("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", List.of("CPTPP"),
                                "OTHER", null));
        notes(named.get(0).evidence(), PARTNERSHIP_2023, "(OECD)", "Organisation for Economic Co-operation");
        cites(named.get(2).evidence(), PARTNERSHIP_2023, "(CPTPP)");
    }

    private List<Instrument> instruments(String kind) {
        return ask("Instruments", Map.of("kind", kind)).path("instruments.nodes").entityList(Instrument.class).get();
    }

}
