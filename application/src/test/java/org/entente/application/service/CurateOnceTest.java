package org.entente.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.entente.application.command.AttendanceInput;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.fake.FakeReceipts;
import org.entente.application.fake.FakeStorage;
import org.entente.application.receipt.Fingerprint;
import org.entente.application.receipt.Receipt;
import org.entente.domain.common.DomainException;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Meeting;
import org.junit.jupiter.api.Test;

class CurateOnceTest {
    private final Curation world = new Curation(FakeStorage.create());
    private final FakeReceipts receipts = (FakeReceipts) world.storage.receipts();
    private final CurateOnceService once = new CurateOnceService(world.sources, world.meetings, world.agreements,
            new CurateDirectoryService(world.storage, world.chronicle), world.storage, world.chronicle);

    @Test
    void a_request_repeated_with_its_key_is_carried_out_once_and_answers_the_first_result() {
        RecordMeetingCommand dialogue = Curation.dialogue("spd-8", 8, "co-chaired the 8th");
        Meeting first = once.recordMeeting("k1", dialogue);
        Meeting again = once.recordMeeting("k1", dialogue);

        assertThat(again).isEqualTo(first);
        assertThat(world.storage.meetings().count()).isEqualTo(1);
        assertThat(world.revisions.count("Meeting", "spd-8")).isEqualTo(1);
    }

    @Test
    void a_key_reused_for_another_request_is_refused_and_changes_nothing() {
        once.recordMeeting("k1", Curation.dialogue("spd-8", 8, "co-chaired the 8th"));

        assertThatThrownBy(() -> once.recordMeeting("k1", Curation.dialogue("spd-9", 9, "co-chaired the 8th")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(world.storage.meetings().count()).isEqualTo(1);
    }

    @Test
    void a_refused_request_gives_its_key_up_for_the_corrected_one() {
        assertThatThrownBy(() -> once.recordMeeting("k1", Curation.dialogue("spd-8", 8, "not in the source")))
                .isInstanceOf(DomainException.class);
        assertThat(receipts.find("k1")).isEmpty();

        assertThat(once.recordMeeting("k1", Curation.dialogue("spd-8", 8, "co-chaired the 8th")).version()).isEqualTo(1);
    }

    @Test
    void a_key_whose_request_is_under_way_is_refused_as_pending() {
        RecordMeetingCommand dialogue = Curation.dialogue("spd-8", 8, "co-chaired the 8th");
        receipts.claim(Receipt.claim("k1", "recordMeeting", Fingerprint.of(dialogue)));

        assertThatThrownBy(() -> once.recordMeeting("k1", dialogue))
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("IDEMPOTENCY_KEY_PENDING"));
        assertThat(world.storage.meetings().count()).isZero();
    }

    @Test
    void without_a_key_nothing_is_remembered() {
        once.recordMeeting(null, Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        assertThat(receipts.size()).isZero();
    }

    @Test
    void a_fingerprint_does_not_depend_on_the_order_of_a_set() {
        AttendanceInput one = new AttendanceInput("vu", Curation.VU, null, Curation.VN,
                Set.of(AttendanceRole.HOST, AttendanceRole.SIGNATORY, AttendanceRole.CO_CHAIR), List.of());
        AttendanceInput other = new AttendanceInput("vu", Curation.VU, null, Curation.VN,
                new java.util.LinkedHashSet<>(List.of(AttendanceRole.CO_CHAIR, AttendanceRole.SIGNATORY, AttendanceRole.HOST)),
                List.of());
        AttendanceInput different = new AttendanceInput("vu", Curation.VU, null, Curation.VN,
                Set.of(AttendanceRole.HOST), List.of());

        assertThat(Fingerprint.of(one)).isEqualTo(Fingerprint.of(other)).hasSize(64);
        assertThat(Fingerprint.of(different)).isNotEqualTo(Fingerprint.of(one));
    }
}
