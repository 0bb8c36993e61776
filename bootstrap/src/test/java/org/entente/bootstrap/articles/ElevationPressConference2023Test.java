package org.entente.bootstrap.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.bootstrap.articles.Articles.PRESS_CONFERENCE_2023;
import static org.entente.bootstrap.articles.Articles.TALKS_DOCUMENT;
import static org.entente.bootstrap.articles.Articles.cites;
import static org.entente.bootstrap.articles.Articles.infers;
import static org.entente.bootstrap.articles.Articles.meetingOf27November;
import static org.entente.bootstrap.articles.Articles.notes;

import java.util.List;
import java.util.Map;
import org.entente.bootstrap.articles.Answers.Attendance;
import org.entente.bootstrap.articles.Answers.Commitment;
import org.entente.bootstrap.articles.Answers.Event;
import org.entente.bootstrap.articles.Answers.Level;
import org.entente.bootstrap.articles.Answers.Meeting;
import org.entente.bootstrap.articles.Answers.Person;
import org.entente.bootstrap.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Article 003: "Vietnam and Japan on November 27 upgraded their diplomatic relations to a comprehensive strategic
 * partnership", the press conference that followed and the meeting with the parliamentary alliance, asked over HTTP.
 */
@ServiceTest
class ElevationPressConference2023Test extends ArticleOverHttp {
    private static final String ELEVATED =
            "Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World";

    ElevationPressConference2023Test() {
        super(TALKS_DOCUMENT);
    }

    @Test
    void the_relation_reached_the_comprehensive_strategic_partnership_on_27_november_2023() {
        GraphQlTester.Response response = ask("Levels", Map.of());
        response.path("relation.dayBefore").valueIsNull()
                .path("relation.dayOf.name").entity(String.class).isEqualTo(ELEVATED);
        Level level = response.path("relation.levels").entityList(Level.class).hasSize(1).get().get(0);
        assertThat(level.name()).isEqualTo(ELEVATED);
        assertThat(level.since()).isEqualTo("2023-11-27");
        assertThat(level.until()).isNull();
        infers(level.evidence(), PRESS_CONFERENCE_2023, "Vietnam and Japan on November 27 upgraded their diplomatic"
                + " relations to a comprehensive strategic partnership", "ODA loans");
    }

    @Test
    void thuong_and_kishida_addressed_a_press_conference_on_their_meeting() {
        Meeting press = meetingOf27November(graphQl, "PRESS_CONFERENCE");
        assertThat(press.title()).isEqualTo("Press conference of President Vo Van Thuong and Prime Minister Fumio Kishida");
        assertThat(press.country().code()).isEqualTo("JP");
        assertThat(press.visit().kind()).isEqualTo("OFFICIAL");
        assertThat(press.attendances())
                .extracting(Attendance::name, Attendance::titleAsReported, Attendance::side, Attendance::roles)
                .containsExactly(
                        tuple("Vo Van Thuong", "State President", "VN", List.of("PARTICIPANT")),
                        tuple("Fumio Kishida", "Japanese Prime Minister", "JP", List.of("PARTICIPANT")));
        notes(press.attendance("Fumio Kishida").evidence(), PRESS_CONFERENCE_2023, "Prime Minister Fumio emphasized",
                "'Fumio', which is his given name");
        infers(press.evidence(), PRESS_CONFERENCE_2023, "at the press conference on November 27", "2023");
        assertThat(press.commitments()).extracting(Commitment::key, Commitment::kind, Commitment::sideCodes)
                .containsExactly(
                        tuple("peace-stability-freedom", "REAFFIRMED", List.of("VN", "JP")),
                        tuple("east-sea", "PLEDGED", List.of("VN", "JP")),
                        tuple("maritime-unclos", "PLEDGED", List.of("VN", "JP")));
        cites(press.commitment("east-sea").evidence(), PRESS_CONFERENCE_2023, "The two officials promised");
        cites(press.commitment("maritime-unclos").evidence(), PRESS_CONFERENCE_2023, "(UNCLOS 1982)");
    }

    @Test
    void thuong_received_nikai_suga_and_other_parliamentarians_of_the_friendship_alliance() {
        Meeting alliance = meetingOf27November(graphQl, "RECEPTION");
        assertThat(alliance.title()).isEqualTo("Meeting with the Japan-Vietnam Parliamentary Friendship Alliance");
        assertThat(alliance.attendances())
                .extracting(Attendance::name, Attendance::titleAsReported, Attendance::side, Attendance::roles)
                .containsExactly(
                        tuple("Vo Van Thuong", "State President", "VN", List.of("HOST")),
                        tuple("Toshihiro Nikai", "Chairman of the Japan-Vietnam Parliamentary Friendship Alliance", "JP",
                                List.of("GUEST")),
                        tuple("Suga Yoshihide", "former Prime Minister", "JP", List.of("GUEST")),
                        tuple(null, "other parliamentarians", "JP", List.of("GUEST")));
        Person nikai = alliance.attendance("Toshihiro Nikai").person();
        assertThat(nikai.posts()).singleElement().satisfies(post -> {
            assertThat(post.organization().name()).isEqualTo("Japan-Việt Nam Parliamentary Friendship Alliance");
            assertThat(post.organization().otherNames()).contains("Japan-Vietnam Parliamentary Friendship Alliance");
        });
        notes(nikai.evidence(), PRESS_CONFERENCE_2023, "Vietnamese parliamentarian Toshihiro Nikai", "He is Japanese");
        assertThat(alliance.attendance("Suga Yoshihide").person().posts()).isEmpty();
        cites(alliance.evidence(), PRESS_CONFERENCE_2023, "Meeting with the Japan-Vietnam Parliamentary Friendship Alliance");
        infers(alliance.evidence(), PRESS_CONFERENCE_2023, "State President Vo Van Thuong on November 27 received", "2023");
        assertThat(alliance.commitments()).extracting(Commitment::key, Commitment::kind, Commitment::sideCodes)
                .containsExactly(
                        tuple("alliance-support", "REQUESTED", List.of("VN")),
                        tuple("parliamentarians-contribute", "PLEDGED", List.of("JP")));
        notes(alliance.commitment("parliamentarians-contribute").evidence(), PRESS_CONFERENCE_2023,
                "Japanese parliamentarians will work their best", "'Vietnamese parliamentarian'");
    }

    @Test
    void prime_minister_fumio_is_fumio_kishida_whose_given_name_the_article_takes_for_his_family_name() {
        List<Person> found = Articles.ask(graphQl, TALKS_DOCUMENT, "PersonsNamed", Map.of("name", "Fumio"))
                .path("persons.nodes").entityList(Person.class).get();
        assertThat(found).singleElement().satisfies(kishida -> {
            assertThat(kishida.name()).isEqualTo("Fumio Kishida");
            assertThat(kishida.country().code()).isEqualTo("JP");
            assertThat(kishida.titles()).containsExactly("Prime Minister");
            notes(kishida.evidence(), PRESS_CONFERENCE_2023, "Japanese Prime Minister Fumio highlighted",
                    "as if it were his family name");
        });
    }

    @Test
    void what_kishida_said_of_vietnam_and_the_visit_is_recorded_with_the_talks_and_the_visit() {
        Meeting talks = meetingOf27November(graphQl, "TALKS");
        assertThat(List.of("defence-security-relations", "supply-chains", "indo-pacific-oceans-initiative",
                "high-tech-workforce", "youth-locality-tourism")).extracting(talks::commitment)
                .extracting(Commitment::key, Commitment::kind, Commitment::sideCodes)
                .containsExactly(
                        tuple("defence-security-relations", "AGREED", List.of("VN", "JP")),
                        tuple("supply-chains", "PLEDGED", List.of("JP")),
                        tuple("indo-pacific-oceans-initiative", "REAFFIRMED", List.of("JP")),
                        tuple("high-tech-workforce", "PLEDGED", List.of("JP")),
                        tuple("youth-locality-tourism", "PLEDGED", List.of("JP")));
        cites(talks.commitment("oda-investment-projects").evidence(), PRESS_CONFERENCE_2023,
                "may exceed 100 billion yen (US$672 million) in 2023");
        cites(talks.commitment("indo-pacific-oceans-initiative").evidence(), PRESS_CONFERENCE_2023,
                "Vietnam is the key player in implementing the Indo-Pacific Oceans Initiative");
        notes(talks.visit().evidence(), PRESS_CONFERENCE_2023, "which marks an important milestone", "'Fumio'");
        cites(talks.evidence(), PRESS_CONFERENCE_2023, "from military to economy");
    }

    @Test
    void the_two_nations_celebrated_50_years_of_diplomatic_relations_in_2023() {
        List<Event> anniversaries = ask("Events", Map.of("kind", "ANNIVERSARY")).path("events.nodes")
                .entityList(Event.class).get();
        assertThat(anniversaries).extracting(Event::name, Event::startDate, Event::status)
                .containsExactly(tuple("50 years of Vietnam-Japan diplomatic relations", "2023", "HELD"));
        infers(anniversaries.get(0).evidence(), PRESS_CONFERENCE_2023,
                "when the two nations celebrate their 50 years of diplomatic relations", "2023");
    }

}
