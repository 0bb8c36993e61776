package org.entente.bootstrap.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.bootstrap.articles.Answers.one;
import static org.entente.bootstrap.articles.Articles.CONSULTATION_2025;
import static org.entente.bootstrap.articles.Articles.DIALOGUE_2024;
import static org.entente.bootstrap.articles.Articles.cites;
import static org.entente.bootstrap.articles.Articles.infers;
import static org.entente.bootstrap.articles.Articles.notes;
import static org.entente.bootstrap.articles.Articles.quotes;

import java.util.List;
import java.util.Map;
import org.entente.bootstrap.articles.Answers.Attendance;
import org.entente.bootstrap.articles.Answers.Event;
import org.entente.bootstrap.articles.Answers.Invitation;
import org.entente.bootstrap.articles.Answers.Mechanism;
import org.entente.bootstrap.articles.Answers.Meeting;
import org.entente.bootstrap.articles.Answers.Person;
import org.entente.bootstrap.articles.Answers.Post;
import org.entente.bootstrap.service.ServiceTest;
import org.junit.jupiter.api.Test;

/**
 * Article 000: "Permanent Deputy Minister of Foreign Affairs Nguyễn Minh Vũ co-chaired the 8th Việt Nam-Japan
 * strategic partnership dialogue ... as part of his working visit to Japan from December 11-13", asked over HTTP.
 */
@ServiceTest
class StrategicPartnershipDialogue2024Test extends ArticleOverHttp {
    private static final String DOCUMENT = "strategic-partnership-dialogue-2024";
    private static final String VU = "Nguyễn Minh Vũ";

    StrategicPartnershipDialogue2024Test() {
        super(DOCUMENT);
    }

    @Test
    void vu_co_chaired_the_8th_strategic_partnership_dialogue_with_funakoshi_takehiro() {
        Meeting dialogue = one(meetingsOfTheVisit(), Meeting::kind, "DIALOGUE");
        assertThat(dialogue.mechanism().name()).isEqualTo("Việt Nam-Japan strategic partnership dialogue");
        assertThat(dialogue.sessionNumber()).isEqualTo(8);
        assertThat(dialogue.status()).isEqualTo("HELD");
        assertThat(dialogue.startDate()).isEqualTo("2024-12");
        assertThat(dialogue.country().code()).isEqualTo("JP");
        assertThat(dialogue.attendances())
                .extracting(Attendance::name, Attendance::titleAsReported, Attendance::side, Attendance::roles)
                .containsExactly(
                        tuple(VU, "Permanent Deputy Minister of Foreign Affairs", "VN", List.of("CO_CHAIR")),
                        tuple("Funakoshi Takehiro", null, "JP", List.of("CO_CHAIR")));
        cites(dialogue.attendance(VU).evidence(), DIALOGUE_2024, "Nguyễn Minh Vũ co-chaired the 8th");
        infers(dialogue.attendance("Funakoshi Takehiro").evidence(), DIALOGUE_2024,
                "his Japanese counterpart Funakoshi Takehiro", "co-chaired");
        infers(dialogue.evidence(), DIALOGUE_2024, "working visit to Japan from December 11-13", "2024");
    }

    @Test
    void the_working_visit_ran_from_11_to_13_december_2024_a_year_the_evidence_infers_and_explains() {
        List<Meeting> meetings = meetingsOfTheVisit();
        assertThat(meetings).hasSize(7).allSatisfy(m -> {
            assertThat(m.visit()).isNotNull();
            assertThat(m.startDate()).isEqualTo("2024-12");
            quotes(m.evidence(), DIALOGUE_2024);
        });
        Answers.Visit visit = meetings.get(0).visit();
        assertThat(meetings).extracting(Meeting::visit).containsOnly(visit);
        assertThat(visit.kind()).isEqualTo("WORKING");
        assertThat(visit.visitor().name()).isEqualTo(VU);
        assertThat(visit.host().code()).isEqualTo("JP");
        assertThat(visit.startDate()).isEqualTo("2024-12-11");
        assertThat(visit.endDate()).isEqualTo("2024-12-13");
        assertThat(visit.places()).containsExactly("Tokyo", "Yamaguchi Prefecture", "Osaka Prefecture");
        infers(visit.evidence(), DIALOGUE_2024, "December 11-13", "public record");
        infers(visit.evidence(), DIALOGUE_2024, "TOKYO —", "dateline");
        cites(visit.evidence(), DIALOGUE_2024, "He also visited Yamaguchi and Osaka prefectures");
    }

    @Test
    void vu_paid_courtesy_calls_on_three_officials_under_the_titles_printed() {
        List<Meeting> calls = meetingsOfTheVisit().stream().filter(m -> m.kind().equals("COURTESY_CALL")).toList();
        assertThat(calls).flatExtracting(Meeting::attendances).filteredOn(a -> a.roles().contains("HOST"))
                .extracting(Attendance::name, Attendance::titleAsReported, Attendance::side)
                .containsExactlyInAnyOrder(
                        tuple("Suzuki Keisuke", "Minister of Justice", "JP"),
                        tuple("Miyaji Takuma", "State Minister for Foreign Affairs", "JP"),
                        tuple("Takebe Arata", "Deputy Minister of Culture, Sports, Science and Technology and Chief of"
                                + " Office of the Japan-Vietnam Friendship Parliamentary Alliance", "JP"));
        assertThat(calls).hasSize(3).allSatisfy(call -> {
            Attendance vu = call.attendance(VU);
            assertThat(vu.titleAsReported()).isEqualTo("Permanent Deputy Minister");
            assertThat(vu.roles()).containsExactly("GUEST");
            cites(vu.evidence(), DIALOGUE_2024, "the Permanent Deputy Minister paid courtesy calls");
            assertThat(call.attendances()).hasSize(2);
        });
    }

    @Test
    void in_yamaguchi_and_osaka_he_met_officials_the_article_names_only_by_office() {
        List<Meeting> local = meetingsOfTheVisit().stream().filter(m -> m.kind().equals("VISIT_CALL")).toList();
        assertThat(local).flatExtracting(Meeting::attendances).filteredOn(a -> a.person() == null)
                .extracting(Attendance::titleAsReported, Attendance::side)
                .containsExactlyInAnyOrder(tuple("Governor of Yamaguchi", "JP"), tuple("Deputy Governor of Osaka", "JP"),
                        tuple("Mayor of Sakai City", "JP"));
        assertThat(local).hasSize(3).allSatisfy(m -> {
            assertThat(m.attendance(VU).side()).isEqualTo("VN");
            cites(m.evidence(), DIALOGUE_2024, "He also visited Yamaguchi and Osaka prefectures, met with the Governor");
        });
    }

    @Test
    void vu_conveyed_the_invitations_of_pham_minh_chinh_to_ishiba_shigeru_and_of_bui_thanh_son_to_iwaya_takeshi() {
        List<Invitation> invitations = ask("InvitationsConveyed").path("relation.invitations.nodes")
                .entityList(Invitation.class).get();
        assertThat(invitations)
                .extracting(i -> i.inviter().name(), i -> i.inviter().titles(), i -> i.invitee().name(),
                        i -> i.invitee().titles(), Invitation::purpose, i -> i.conveyedBy().name(),
                        i -> i.extendedAt().title(), Invitation::extendedOn, Invitation::status)
                .containsExactly(
                        tuple("Phạm Minh Chính", List.of("Prime Minister"), "Ishiba Shigeru", List.of("Prime Minister"),
                                "Visit Việt Nam.", VU, "8th Việt Nam-Japan strategic partnership dialogue", "2024-12",
                                "EXTENDED"),
                        tuple("Bùi Thanh Sơn", List.of("Deputy Prime Minister", "Foreign Minister"), "Iwaya Takeshi",
                                List.of("Foreign Minister"), "Visit Việt Nam and co-chair the 13th meeting of the"
                                        + " Vietnam-Japan Cooperation Committee in 2025.", VU,
                                "8th Việt Nam-Japan strategic partnership dialogue", "2024-12", "EXTENDED"));
        assertThat(invitations).allSatisfy(i -> infers(i.evidence(), DIALOGUE_2024,
                "Vũ conveyed invitations from Prime Minister Phạm Minh Chính to Japanese PM Ishiba Shigeru", "2024"));
    }

    @Test
    void the_13th_meeting_of_the_cooperation_committee_is_proposed_for_2025_in_viet_nam() {
        Mechanism committee = one(ask("CooperationCommittee").path("relation.mechanisms").entityList(Mechanism.class)
                .get(), Mechanism::name, "Vietnam-Japan Cooperation Committee");
        assertThat(committee.sessions()).singleElement().satisfies(session -> {
            assertThat(session.number()).isEqualTo(13);
            Meeting thirteenth = session.meeting();
            assertThat(thirteenth.title()).isEqualTo("13th meeting of the Vietnam-Japan Cooperation Committee");
            assertThat(thirteenth.status()).isEqualTo("PROPOSED");
            assertThat(thirteenth.startDate()).isEqualTo("2025");
            assertThat(thirteenth.country().code()).isEqualTo("VN");
            assertThat(thirteenth.attendances()).isEmpty();
            infers(thirteenth.evidence(), DIALOGUE_2024, "co-chair the 13th meeting of the Vietnam-Japan Cooperation"
                    + " Committee in 2025", "visit Việt Nam and co-chair");
        });
    }

    @Test
    void each_side_stated_what_it_agreed_supported_and_asked_of_the_other() {
        Meeting dialogue = one(meetingsOfTheVisit(), Meeting::kind, "DIALOGUE");
        assertThat(dialogue.commitments()).extracting(Answers.Commitment::key, Answers.Commitment::kind,
                        Answers.Commitment::sideCodes)
                .containsExactly(
                        tuple("coordination-at-forums", "AGREED", List.of("VN", "JP")),
                        tuple("foreign-policy", "REAFFIRMED", List.of("VN")),
                        tuple("japan-greater-role", "SUPPORTED", List.of("VN")),
                        tuple("events-2025", "REQUESTED", List.of("VN")),
                        tuple("viet-nam-in-japanese-policy", "REAFFIRMED", List.of("JP")),
                        tuple("world-expo-2025", "REQUESTED", List.of("JP")));
        cites(dialogue.commitment("coordination-at-forums").evidence(), DIALOGUE_2024,
                "The two sides agreed to maintain their close coordination");
        cites(dialogue.commitment("japan-greater-role").evidence(), DIALOGUE_2024,
                "Việt Nam would support Japan to play a greater role");
        cites(dialogue.commitment("events-2025").evidence(), DIALOGUE_2024,
                "suggested the Ministry of Foreign Affairs of Japan support and actively participate");
        cites(dialogue.commitment("world-expo-2025").evidence(), DIALOGUE_2024,
                "expressed his hope that Việt Nam would support and attend the World Expo 2025");
    }

    @Test
    void viet_nam_hosts_the_p4g_summit_and_the_2nd_asean_future_forum_in_2025_and_japan_the_world_expo() {
        List<Event> events = ask("EventsOf2025").path("events.nodes").entityList(Event.class).get();
        assertThat(events)
                .extracting(Event::name, Event::kind, e -> e.host().code(), Event::city, Event::startDate, Event::status)
                .containsExactly(
                        tuple("2nd ASEAN Future Forum", "FORUM", "VN", null, "2025", "PLANNED"),
                        tuple("Partnering for Green Growth and the Global Goals 2030 (P4G) Summit", "SUMMIT", "VN", null,
                                "2025", "PLANNED"),
                        tuple("World Expo 2025", "EXPO", "JP", "Osaka", "2025", "PLANNED"));
        cites(events.get(0).evidence(), DIALOGUE_2024, "international events to be hosted by Việt Nam in 2025");
        cites(events.get(1).evidence(), DIALOGUE_2024, "international events to be hosted by Việt Nam in 2025");
        infers(events.get(2).evidence(), DIALOGUE_2024, "the World Expo 2025 in Osaka, Kansai", "Japan");
    }

    @Test
    void vu_alone_is_nguyen_minh_vu_and_the_two_takebes_are_two_persons() {
        assertThat(persons("Vũ")).singleElement().satisfies(vu -> {
            assertThat(vu.name()).isEqualTo(VU);
            assertThat(vu.country().code()).isEqualTo("VN");
            assertThat(vu.titles()).containsExactly("Permanent Deputy Minister of Foreign Affairs");
            notes(vu.evidence(), DIALOGUE_2024, "Vũ reaffirmed", "given name");
        });
        List<Person> takebes = persons("Takebe");
        assertThat(takebes).extracting(Person::name, p -> p.country().code(), Person::titles)
                .containsExactly(
                        tuple("Takebe Arata", "JP", List.of("Deputy Minister of Culture, Sports, Science and Technology",
                                "Chief of Office of the Japan-Vietnam Friendship Parliamentary Alliance")),
                        tuple("Takebe Tsutomu", "JP",
                                List.of("Special Advisor to the Japan–Việt Nam Parliamentary Friendship Alliance")));
        assertThat(takebes.get(0).posts()).extracting(Post::organization).last().extracting(o -> o.name())
                .isEqualTo("Japan-Việt Nam Parliamentary Friendship Alliance");
        cites(takebes.get(0).evidence(), DIALOGUE_2024, "Takebe Arata");
        cites(takebes.get(1).evidence(), CONSULTATION_2025, "Takebe Tsutomu");
    }

    private List<Meeting> meetingsOfTheVisit() {
        return ask("MeetingsOfTheVisit").path("meetings.nodes").entityList(Meeting.class).get();
    }

    private List<Person> persons(String name) {
        return Articles.ask(graphQl, DOCUMENT, "PersonsNamed", Map.of("name", name)).path("persons.nodes")
                .entityList(Person.class).get();
    }

}
