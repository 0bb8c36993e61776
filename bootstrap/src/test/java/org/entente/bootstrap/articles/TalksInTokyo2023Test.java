package org.entente.bootstrap.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.bootstrap.articles.Articles.TALKS_2023;
import static org.entente.bootstrap.articles.Articles.TALKS_DOCUMENT;
import static org.entente.bootstrap.articles.Articles.cites;
import static org.entente.bootstrap.articles.Articles.globalId;
import static org.entente.bootstrap.articles.Articles.infers;
import static org.entente.bootstrap.articles.Articles.meetingOf27November;

import java.util.List;
import java.util.Map;
import org.entente.bootstrap.articles.Answers.Attendance;
import org.entente.bootstrap.articles.Answers.Commitment;
import org.entente.bootstrap.articles.Answers.Event;
import org.entente.bootstrap.articles.Answers.Instrument;
import org.entente.bootstrap.articles.Answers.Level;
import org.entente.bootstrap.articles.Answers.Meeting;
import org.entente.bootstrap.articles.Answers.Organization;
import org.entente.bootstrap.articles.Answers.Person;
import org.entente.bootstrap.service.ServiceTest;
import org.junit.jupiter.api.Test;

/**
 * Article 002 (VNA): "At the talks between President Vo Van Thuong and Japanese Prime Minister Fumio Kishida in
 * Tokyo on November 27", asked over HTTP.
 */
@ServiceTest
class TalksInTokyo2023Test extends ArticleOverHttp {
    TalksInTokyo2023Test() {
        super(TALKS_DOCUMENT);
    }

    @Test
    void thuong_and_kishida_held_talks_in_tokyo_on_27_november_2023() {
        Meeting talks = talks();
        assertThat(talks.title()).isEqualTo("Talks between President Vo Van Thuong and Prime Minister Fumio Kishida");
        assertThat(talks.status()).isEqualTo("HELD");
        assertThat(talks.startDate()).isEqualTo("2023-11-27");
        assertThat(talks.city()).isEqualTo("Tokyo");
        assertThat(talks.country().code()).isEqualTo("JP");
        assertThat(talks.attendances())
                .extracting(Attendance::name, Attendance::titleAsReported, Attendance::side, Attendance::roles)
                .containsExactly(
                        tuple("Vo Van Thuong", "President", "VN", List.of("GUEST", "WITNESS")),
                        tuple("Fumio Kishida", "Japanese Prime Minister", "JP", List.of("HOST", "WITNESS")));
        cites(talks.attendance("Vo Van Thuong").evidence(), TALKS_2023, "At the talks between President Vo Van Thuong");
        infers(talks.evidence(), TALKS_2023, "in Tokyo on November 27", "The year is 2023");
        cites(talks.evidence(), TALKS_2023, "the two leaders held a candid exchange of views");
    }

    @Test
    void following_the_talks_the_leaders_issued_a_joint_statement_and_witnessed_the_exchange_of_cooperation_documents() {
        List<Instrument> instruments = talks().instruments();
        assertThat(instruments)
                .extracting(Instrument::title, Instrument::kind, Instrument::status, Instrument::signedOn,
                        Instrument::signedAt, i -> i.meeting().title())
                .containsExactly(
                        tuple("Cooperation documents between ministries and sectors of the two countries",
                                "COOPERATION_DOCUMENT", "SIGNED", "2023-11-27", "Tokyo",
                                "Talks between President Vo Van Thuong and Prime Minister Fumio Kishida"),
                        tuple("Joint statement on the elevation of the Vietnam-Japan relations to the Comprehensive"
                                        + " Strategic Partnership for Peace and Prosperity in Asia and the World",
                                "JOINT_STATEMENT", "ADOPTED", "2023-11-27", "Tokyo",
                                "Talks between President Vo Van Thuong and Prime Minister Fumio Kishida"));
        Instrument documents = instruments.get(0);
        assertThat(documents.witnesses()).extracting(Person::name).containsExactly("Vo Van Thuong", "Fumio Kishida");
        assertThat(documents.signatories()).isEmpty();
        infers(documents.evidence(), TALKS_2023, "witnessed the exchange of cooperation documents", "'exchange'");
        infers(instruments.get(1).evidence(), TALKS_2023, "Following the meeting, the leaders issued a joint statement",
                "following the talks");
    }

    @Test
    void the_leaders_announced_the_elevation_of_the_ties_at_the_talks() {
        Level level = ask("Levels", Map.of()).path("relation.levels").entityList(Level.class).get().get(0);
        assertThat(level.since()).isEqualTo("2023-11-27");
        assertThat(level.announcedAt().title())
                .isEqualTo("Talks between President Vo Van Thuong and Prime Minister Fumio Kishida");
        infers(level.evidence(), TALKS_2023, "announced the elevation of the Japan-Vietnam ties", "two years");
    }

    @Test
    void each_side_stated_what_it_agreed_supported_pledged_and_hoped_for() {
        Meeting talks = talks();
        assertThat(List.of("free-and-open-indo-pacific", "oda-investment-projects", "high-tech-dx-gx", "azec-summit",
                "defence-exchanges-equipment", "official-security-assistance", "vietnamese-human-resources",
                "people-exchange-residents", "regional-affairs"))
                .extracting(key -> talks.commitment(key))
                .extracting(Commitment::key, Commitment::kind, Commitment::sideCodes)
                .containsExactly(
                        tuple("free-and-open-indo-pacific", "SUPPORTED", List.of("VN")),
                        tuple("oda-investment-projects", "AGREED", List.of("VN", "JP")),
                        tuple("high-tech-dx-gx", "AGREED", List.of("VN", "JP")),
                        tuple("azec-summit", "PLEDGED", List.of("VN", "JP")),
                        tuple("defence-exchanges-equipment", "AGREED", List.of("VN", "JP")),
                        tuple("official-security-assistance", "AGREED", List.of("VN", "JP")),
                        tuple("vietnamese-human-resources", "REAFFIRMED", List.of("JP")),
                        tuple("people-exchange-residents", "REQUESTED", List.of("VN")),
                        tuple("regional-affairs", "AGREED", List.of("VN", "JP")));
        cites(talks.commitment("free-and-open-indo-pacific").evidence(), TALKS_2023, "Thuong supported Kishida’s statement");
        cites(talks.commitment("oda-investment-projects").evidence(), TALKS_2023,
                "confirmed their further collaboration on major ODA and investment projects");
        cites(talks.commitment("azec-summit").evidence(), TALKS_2023,
                "The leaders said they will work together for the success of the Asia Zero Emission Community");
        cites(talks.commitment("official-security-assistance").evidence(), TALKS_2023, "Official Security Assistance (OSA)");
        cites(talks.commitment("people-exchange-residents").evidence(), TALKS_2023,
                "Thuong expressed his hope for further cooperation from the Japanese government");
        cites(talks.commitment("regional-affairs").evidence(), TALKS_2023, "“World without Nuclear Weapons.”");
    }

    @Test
    void they_welcomed_equipment_for_the_coast_guard_training_center_an_organisation_the_article_names() {
        Meeting talks = talks();
        assertThat(talks.outcomes()).contains("Both sides welcomed the recent provision of training-related equipment"
                + " to the Vietnam Coast Guard Education and Training Center.");
        cites(talks.evidence(), TALKS_2023, "They welcomed the recent provision of training-related equipment");
        List<Organization> named = ask("Organizations", Map.of("ids", List.of(
                globalId("Organization", "vn-coast-guard-education-and-training-center"),
                globalId("Organization", "jp-government")))).path("nodes").entityList(Organization.class).get();
        assertThat(named).extracting(Organization::name, Organization::kind, o -> o.country().code())
                .containsExactly(tuple("Vietnam Coast Guard Education and Training Center", "AGENCY", "VN"),
                        tuple("Government of Japan", "GOVERNMENT", "JP"));
        cites(named.get(0).evidence(), TALKS_2023, "the Vietnam Coast Guard Education and Training Center");
        cites(named.get(1).evidence(), TALKS_2023, "the Japanese government");
    }

    @Test
    void the_azec_summit_was_to_be_held_with_the_asean_japan_commemorative_summit_in_december_2023() {
        List<Event> summits = ask("Events", Map.of("kind", "SUMMIT", "from", "2023", "to", "2023"))
                .path("events.nodes").entityList(Event.class).get();
        assertThat(summits).extracting(Event::name, Event::host, Event::city, Event::startDate, Event::status)
                .containsExactly(
                        tuple("Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation", null,
                                null, "2023-12", "PLANNED"),
                        tuple("Asia Zero Emission Community (AZEC) Summit", null, null, "2023-12", "PLANNED"));
        infers(summits.get(0).evidence(), TALKS_2023, "ASEAN-Japan Friendship and Cooperation in December",
                "The article says");
        infers(summits.get(1).evidence(), TALKS_2023, "to be held on the occasion of the Commemorative Summit",
                "2023");
    }

    private Meeting talks() {
        return meetingOf27November(graphQl, "TALKS");
    }

}
