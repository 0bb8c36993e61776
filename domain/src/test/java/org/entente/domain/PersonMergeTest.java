package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.entente.domain.common.DomainException;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Post;
import org.entente.domain.source.Evidence;
import org.junit.jupiter.api.Test;

class PersonMergeTest {
    private static final PersonId THUONG_TOO = new PersonId("vo-van-thuong-2");
    private static final PersonId SUGA = new PersonId("suga-yoshihide");
    private final Evidence why = Samples.SOURCE.evidence("upgraded their diplomatic relations", false, null);
    private final Post president = new Post("President", null, null, null, List.of());
    private final Post secretary = new Post("Secretary of the Party Committee", null, null, null, List.of());
    private final Person thuong = new Person(Samples.THUONG, "Võ Văn Thưởng", List.of("Vo Van Thuong"), Samples.VN,
            List.of(president), List.of(), null, 3);
    private final Person thuongToo = new Person(THUONG_TOO, "Vo Van Thuong", List.of("Thưởng"), Samples.VN,
            List.of(president, secretary), List.of(why), null, 1);
    private final Person kishida = new Person(Samples.KISHIDA, "Kishida Fumio", List.of(), Samples.JP, List.of(),
            List.of(), null, 1);

    @Test
    void the_survivor_takes_every_name_and_post_of_the_merged_person_each_once() {
        Person survivor = thuong.absorb(thuongToo, List.of(why));
        assertThat(survivor.names()).containsExactly("Võ Văn Thưởng", "Vo Van Thuong", "Thưởng");
        assertThat(survivor.posts()).containsExactly(president, secretary);
        assertThat(survivor.evidence()).containsExactly(why);
        assertThat(survivor.isTombstone()).isFalse();
        assertThat(survivor.version()).isEqualTo(3);
        assertThat(survivor.absorb(thuongToo, List.of(why))).isEqualTo(survivor);
    }

    @Test
    void the_merged_person_is_left_as_a_tombstone_pointing_at_the_survivor() {
        Person tombstone = thuongToo.mergeInto(thuong, 0);
        assertThat(tombstone.isTombstone()).isTrue();
        assertThat(tombstone.mergedInto()).isEqualTo(Samples.THUONG);
        assertThat(tombstone.names()).isEqualTo(thuongToo.names());
        assertThat(tombstone.version()).isEqualTo(1);
    }

    @Test
    void a_tombstone_is_not_left_while_a_meeting_still_names_the_merged_person() {
        assertThatThrownBy(() -> thuongToo.mergeInto(thuong, 2)).satisfies(rule("MERGE_UNFINISHED"));
    }

    @Test
    void a_person_is_never_merged_into_itself() {
        assertThatThrownBy(() -> thuong.absorb(thuong, List.of())).satisfies(rule("PERSON_MERGED_WITH_ITSELF"));
        assertThatThrownBy(() -> new Person(Samples.THUONG, "Võ Văn Thưởng", List.of(), Samples.VN, List.of(),
                List.of(), Samples.THUONG, 1)).satisfies(rule("PERSON_MERGED_WITH_ITSELF"));
    }

    @Test
    void a_tombstone_is_neither_merged_again_nor_the_survivor_of_another_merge() {
        Person tombstone = thuongToo.mergeInto(thuong, 0);
        Person third = new Person(new PersonId("thuong-3"), "Thưởng", List.of(), Samples.VN, List.of(), List.of(),
                null, 1);
        assertThatThrownBy(() -> third.absorb(tombstone, List.of())).satisfies(rule("PERSON_ALREADY_MERGED"));
        assertThatThrownBy(() -> tombstone.absorb(third, List.of())).satisfies(rule("PERSON_MERGED_AWAY"));
        assertThatThrownBy(() -> third.mergeInto(tombstone, 0)).satisfies(rule("PERSON_MERGED_AWAY"));
    }

    @Test
    void persons_of_different_countries_are_not_merged() {
        assertThatThrownBy(() -> thuong.absorb(kishida, List.of())).satisfies(rule("PERSONS_OF_DIFFERENT_COUNTRIES"));
    }

    @Test
    void a_tombstone_pointing_at_the_merged_person_is_redirected_to_the_survivor() {
        Person older = new Person(new PersonId("thuong-old"), "Thuong", List.of(), Samples.VN, List.of(), List.of(),
                THUONG_TOO, 2);
        assertThat(older.redirect(THUONG_TOO, Samples.THUONG).mergedInto()).isEqualTo(Samples.THUONG);
        assertThat(older.redirect(Samples.KISHIDA, Samples.THUONG)).isSameAs(older);
    }

    @Test
    void an_attendance_moves_to_the_survivor_or_joins_the_survivors_own() {
        Meeting onlyMerged = Samples.talks(Samples.attendance("a", THUONG_TOO, Samples.VN, AttendanceRole.HOST),
                Samples.attendance("b", Samples.KISHIDA, Samples.JP, AttendanceRole.HOST));
        Meeting moved = onlyMerged.reattribute(THUONG_TOO, Samples.THUONG);
        assertThat(moved.attendedBy(Samples.THUONG)).isTrue();
        assertThat(moved.attendedBy(THUONG_TOO)).isFalse();
        assertThat(moved.attendance("a").orElseThrow().person()).isEqualTo(Samples.THUONG);

        Attendance byMerged = new Attendance("merged", THUONG_TOO, "State President", Samples.VN,
                Set.of(AttendanceRole.GUEST), List.of(why));
        Meeting both = Samples.talks(Samples.attendance("survivor", Samples.THUONG, Samples.VN, AttendanceRole.HOST),
                byMerged);
        Meeting joined = both.reattribute(THUONG_TOO, Samples.THUONG);
        assertThat(joined.attendances()).hasSize(1);
        Attendance one = joined.attendances().get(0);
        assertThat(one.key()).isEqualTo("survivor");
        assertThat(one.roles()).containsExactlyInAnyOrder(AttendanceRole.HOST, AttendanceRole.GUEST);
        assertThat(one.titleAsReported()).isEqualTo("State President");
        assertThat(one.evidence()).containsExactly(why);

        assertThat(joined.reattribute(THUONG_TOO, Samples.THUONG)).isSameAs(joined);
    }

    @Test
    void signatories_witnesses_inviters_and_visitors_move_to_the_survivor() {
        Meeting talks = Samples.talks(Samples.attendance("a", THUONG_TOO, Samples.VN, AttendanceRole.HOST),
                Samples.attendance("b", Samples.THUONG, Samples.VN, AttendanceRole.HOST),
                Samples.attendance("c", Samples.KISHIDA, Samples.JP, AttendanceRole.HOST));
        Instrument statement = Instrument.concludedAt(talks, new InstrumentId("statement"), "Joint statement",
                InstrumentKind.JOINT_STATEMENT, false, InstrumentStatus.SIGNED, List.of(),
                List.of(new Signatory(THUONG_TOO, null, Samples.VN), new Signatory(Samples.KISHIDA, null, Samples.JP)),
                List.of(THUONG_TOO, Samples.THUONG), List.of(), List.of(why));
        Instrument moved = statement.reattribute(THUONG_TOO, Samples.THUONG);
        assertThat(moved.signatories()).extracting(Signatory::person).containsExactly(Samples.THUONG, Samples.KISHIDA);
        assertThat(moved.witnesses()).containsExactly(Samples.THUONG);
        assertThat(moved.reattribute(THUONG_TOO, Samples.THUONG)).isSameAs(moved);

        Invitation invitation = Invitation.extended(new InvitationId("inv"), Samples.RELATION, Samples.KISHIDA,
                THUONG_TOO, "visit Japan", THUONG_TOO, talks.id(), null, List.of(why));
        Invitation reattributed = invitation.reattribute(THUONG_TOO, Samples.THUONG);
        assertThat(reattributed.invitee()).isEqualTo(Samples.THUONG);
        assertThat(reattributed.conveyedBy()).isEqualTo(Samples.THUONG);
        assertThat(reattributed.inviter()).isEqualTo(Samples.KISHIDA);

        Invitation toEachOther = Invitation.extended(new InvitationId("inv-2"), Samples.RELATION, Samples.THUONG,
                THUONG_TOO, "visit", null, talks.id(), null, List.of(why));
        assertThatThrownBy(() -> toEachOther.reattribute(THUONG_TOO, Samples.THUONG))
                .satisfies(rule("INVITATION_TO_ONESELF"));
    }

    private static org.assertj.core.api.ThrowingConsumer<Throwable> rule(String rule) {
        return e -> assertThat(((DomainException) e).rule()).isEqualTo(rule);
    }
}
