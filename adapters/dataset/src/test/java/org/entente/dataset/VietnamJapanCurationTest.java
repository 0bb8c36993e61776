package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.application.dataset.DataSet;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.person.NameKey;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.PartnershipLevel;
import org.entente.domain.source.Evidence;
import org.junit.jupiter.api.Test;

/** The curation decisions of the shipped Vietnam–Japan data set, pinned so that an edit cannot undo one unnoticed. */
class VietnamJapanCurationTest {
    private static final Country VN = Country.of("VN");
    private static final Country JP = Country.of("JP");

    private final DataSet set = ShippedDataSet.read(new DataSetReader());

    @Test
    void takebe_arata_and_takebe_tsutomu_are_two_persons() {
        assertThat(set.persons()).filteredOn(p -> p.name().startsWith("Takebe"))
                .extracting(p -> p.id().value(), Person::name, Person::country)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("takebe-arata", "Takebe Arata", JP),
                        org.assertj.core.groups.Tuple.tuple("takebe-tsutomu", "Takebe Tsutomu", JP));
    }

    @Test
    void nguyen_minh_vu_is_one_person_under_two_translations_of_his_post() {
        assertThat(set.persons()).filteredOn(p -> p.answersTo("Nguyen Minh Vu")).singleElement().satisfies(vu -> {
            assertThat(vu.name()).isEqualTo("Nguyễn Minh Vũ");
            assertThat(vu.posts()).singleElement().satisfies(post -> {
                assertThat(post.title()).isEqualTo("Permanent Deputy Minister of Foreign Affairs");
                assertThat(post.evidence()).extracting(Evidence::quote).anyMatch(q -> q.contains("Standing Deputy"));
            });
        });
        assertThat(attendance("jp-vn-2024-12-strategic-partnership-dialogue-8", "nguyen-minh-vu").titleAsReported())
                .isEqualTo("Permanent Deputy Minister of Foreign Affairs");
        assertThat(attendance("jp-vn-2025-12-04-2plus2-consultation-1", "nguyen-minh-vu").titleAsReported())
                .isEqualTo("Standing Deputy Minister of Foreign Affairs");
        assertThat(set.meetings()).filteredOn(m -> m.attendedBy(new PersonId("nguyen-minh-vu"))).hasSize(14);
    }

    @Test
    void a_military_rank_printed_before_a_name_is_not_part_of_the_title() {
        Attendance chien = attendance("jp-vn-2025-12-04-2plus2-consultation-1", "hoang-xuan-chien");
        assertThat(chien.titleAsReported()).isEqualTo("Deputy Minister of National Defence");
        assertThat(chien.evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).contains("Sen. Lieut. Gen");
            assertThat(e.note()).contains("military rank");
        });
    }

    @Test
    void officials_reported_only_by_office_stay_unnamed() {
        assertThat(set.meetings()).flatExtracting(Meeting::attendances).filteredOn(a -> a.person() == null)
                .extracting(Attendance::titleAsReported, Attendance::country)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Governor of Yamaguchi", JP),
                        org.assertj.core.groups.Tuple.tuple("Deputy Governor of Osaka", JP),
                        org.assertj.core.groups.Tuple.tuple("Mayor of Sakai City", JP),
                        org.assertj.core.groups.Tuple.tuple("other parliamentarians", JP));
    }

    @Test
    void the_level_history_is_the_one_elevation_the_articles_state() {
        BilateralRelation relation = single(set.relations());
        assertThat(relation.id().value()).isEqualTo("jp-vn");
        assertThat(relation.countries().countries()).containsExactly(JP, VN);
        assertThat(relation.levels()).singleElement().satisfies(level -> {
            assertThat(level.name())
                    .isEqualTo("Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World");
            assertThat(level.since()).isEqualTo(PartialDate.parse("2023-11-27"));
            assertThat(level.until()).isNull();
            assertThat(level.announcedAt().value()).isEqualTo("jp-vn-2023-11-27-talks");
            assertThat(level.evidence()).anyMatch(Evidence::inferred).anyMatch(e -> !e.inferred());
        });
        assertThat(relation.levelAt(PartialDate.parse("2023-11-26"))).isEmpty();
        assertThat(relation.currentLevel()).map(PartnershipLevel::name).hasValueSatisfying(n -> assertThat(n)
                .startsWith("Comprehensive Strategic Partnership"));
    }

    @Test
    void the_strategic_partnership_dialogue_was_upgraded_to_the_2_plus_2_consultation() {
        DialogueMechanism twoPlusTwo = set.mechanisms().stream().filter(m -> m.id().value().equals("jp-vn-2plus2"))
                .findFirst().orElseThrow();
        assertThat(twoPlusTwo.format()).isEqualTo("2+2");
        assertThat(twoPlusTwo.predecessor().value()).isEqualTo("jp-vn-strategic-partnership-dialogue");
        assertThat(twoPlusTwo.upgradedOn()).isEqualTo(PartialDate.parse("2025-12-04"));
        assertThat(twoPlusTwo.evidence()).anyMatch(e -> e.inferred() && e.note().contains("does not date the upgrade"));

        Meeting eighth = meeting("jp-vn-2024-12-strategic-partnership-dialogue-8");
        assertThat(eighth.session().number()).isEqualTo(8);
        assertThat(eighth.startDate().precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(eighth.startDate()).isEqualTo(PartialDate.parse("2024-12"));
        Meeting first = meeting("jp-vn-2025-12-04-2plus2-consultation-1");
        assertThat(first.session().number()).isEqualTo(1);
        assertThat(first.startDate()).isEqualTo(PartialDate.parse("2025-12-04"));
        assertThat(first.city()).isEqualTo("Tokyo");
        assertThat(first.attendances()).allMatch(a -> a.has(AttendanceRole.HEAD_OF_DELEGATION)).hasSize(4);
    }

    @Test
    void the_13th_cooperation_committee_meeting_is_proposed_for_2025() {
        Meeting thirteenth = meeting("jp-vn-cooperation-committee-13");
        assertThat(thirteenth.status()).isEqualTo(MeetingStatus.PROPOSED);
        assertThat(thirteenth.startDate().precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(thirteenth.startDate().year()).isEqualTo(2025);
        assertThat(thirteenth.session().mechanism().value()).isEqualTo("jp-vn-cooperation-committee");
        assertThat(thirteenth.attendances()).isEmpty();
    }

    @Test
    void the_working_visit_of_2024_spans_11_to_13_december_by_inference() {
        assertThat(set.visits()).filteredOn(v -> v.visitor().value().equals("nguyen-minh-vu")).singleElement()
                .satisfies(v -> {
                    assertThat(v.startDate()).isEqualTo(PartialDate.parse("2024-12-11"));
                    assertThat(v.endDate()).isEqualTo(PartialDate.parse("2024-12-13"));
                    assertThat(v.evidence()).anyMatch(e -> e.inferred() && e.note().contains("2024"));
                });
        assertThat(set.meetings()).filteredOn(m -> m.visit() != null
                        && m.visit().value().equals("jp-vn-2024-12-vu-working-visit"))
                .hasSize(7).allMatch(m -> m.startDate().equals(PartialDate.parse("2024-12")));
    }

    @Test
    void articles_errors_are_recorded_correctly_and_noted() {
        Person nikai = person("toshihiro-nikai");
        assertThat(nikai.country()).isEqualTo(JP);
        assertThat(nikai.evidence()).anyMatch(e -> e.quote().contains("Vietnamese parliamentarian")
                && e.note().contains("He is Japanese"));
        assertThat(set.persons()).filteredOn(p -> NameKey.fold(p.name()).contains("fumio")).singleElement()
                .satisfies(kishida -> {
                    assertThat(kishida.id().value()).isEqualTo("fumio-kishida");
                    assertThat(kishida.evidence()).anyMatch(e -> e.note() != null && e.note().contains("'Fumio'"));
                });
        assertThat(person("funakoshi-takehiro").posts()).isEmpty();
        assertThat(person("vo-van-thuong").name()).isEqualTo("Vo Van Thuong");
    }

    @Test
    void instruments_are_tied_to_who_concluded_and_witnessed_them() {
        Instrument mou = instrument("jp-vn-2025-12-04-mou-search-and-rescue");
        Instrument letter = instrument("jp-vn-2025-12-04-letter-of-intent-training");
        for (Instrument defence : List.of(mou, letter)) {
            assertThat(defence.parties()).extracting(p -> p.organization().value())
                    .containsExactly("vn-ministry-of-national-defence", "jp-ministry-of-defence");
            assertThat(defence.signatories()).isEmpty();
            assertThat(defence.meeting().value()).isEqualTo("jp-vn-2025-12-04-koizumi-reception");
            assertThat(defence.status()).isEqualTo(InstrumentStatus.SIGNED);
        }
        assertThat(mou.kind()).isEqualTo(InstrumentKind.MOU);
        assertThat(letter.kind()).isEqualTo(InstrumentKind.LETTER_OF_INTENT);

        Instrument documents = instrument("jp-vn-2023-11-27-cooperation-documents");
        assertThat(documents.kind()).isEqualTo(InstrumentKind.COOPERATION_DOCUMENT);
        assertThat(documents.witnesses()).extracting(PersonId::value).containsExactly("vo-van-thuong", "fumio-kishida");
        assertThat(documents.signatories()).isEmpty();
        assertThat(instrument("jp-vn-2023-11-27-joint-statement").status()).isEqualTo(InstrumentStatus.ADOPTED);

        Instrument vision = instrument("jp-vn-joint-vision-statement-defence-cooperation");
        assertThat(vision.signedOn()).isNull();
        assertThat(vision.meeting()).isNull();
        assertThat(vision.statusHistory()).singleElement().satisfies(s -> assertThat(s.on()).isNull());
    }

    @Test
    void both_invitations_were_conveyed_by_vu_at_the_8th_dialogue() {
        assertThat(set.invitations()).hasSize(2).allSatisfy(invitation -> {
            assertThat(invitation.conveyedBy().value()).isEqualTo("nguyen-minh-vu");
            assertThat(invitation.extendedAt().value()).isEqualTo("jp-vn-2024-12-strategic-partnership-dialogue-8");
        }).extracting(i -> i.inviter().value() + " -> " + i.invitee().value())
                .containsExactlyInAnyOrder("pham-minh-chinh -> ishiba-shigeru", "bui-thanh-son -> iwaya-takeshi");
        assertThat(set.invitations()).extracting(Invitation::purpose)
                .anyMatch(p -> p.contains("co-chair the 13th meeting"));
    }

    @Test
    void events_carry_a_host_or_a_city_only_where_an_article_gives_one() {
        assertThat(set.events()).filteredOn(e -> e.id().value().startsWith("azec")
                        || e.id().value().startsWith("asean-japan"))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.host()).isNull();
                    assertThat(e.city()).isNull();
                    assertThat(e.startDate()).isEqualTo(PartialDate.parse("2023-12"));
                });
        assertThat(set.events()).filteredOn(e -> e.id().value().equals("apec-year-2027")).singleElement()
                .satisfies(e -> assertThat(e.host()).isEqualTo(VN));
        assertThat(meeting("jp-vn-2023-11-27-talks").commitments())
                .anyMatch(c -> c.text().equals("Japan supports Vietnam hosting the APEC Year 2027.")
                        && c.sides().equals(List.of(JP)));
    }

    private Meeting meeting(String id) {
        return set.meetings().stream().filter(m -> m.id().value().equals(id)).findFirst().orElseThrow();
    }

    private Attendance attendance(String meeting, String person) {
        return meeting(meeting).attendances().stream().filter(a -> a.person() != null
                && a.person().value().equals(person)).findFirst().orElseThrow();
    }

    private Person person(String id) {
        return set.persons().stream().filter(p -> p.id().value().equals(id)).findFirst().orElseThrow();
    }

    private Instrument instrument(String id) {
        return set.instruments().stream().filter(i -> i.id().value().equals(id)).findFirst().orElseThrow();
    }

    private static <T> T single(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
