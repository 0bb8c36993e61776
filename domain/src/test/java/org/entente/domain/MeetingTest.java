package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.domain.meeting.AttendanceRole.HOST;
import static org.entente.domain.meeting.AttendanceRole.SIGNATORY;

import java.util.List;
import java.util.Set;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class MeetingTest {

    @Test
    void an_official_reported_only_by_office_attends_without_a_name() {
        Attendance governor = new Attendance("governor", null, "the Governor of Yamaguchi", Samples.JP,
                Set.of(HOST), List.of());
        Meeting meeting = Samples.talks(governor);
        assertThat(meeting.attendances()).singleElement().satisfies(a -> assertThat(a.person()).isNull());
        assertThatThrownBy(() -> new Attendance("nobody", null, " ", Samples.JP, Set.of(HOST), List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("ATTENDANCE_ANONYMOUS"));
    }

    @Test
    void a_person_attends_a_meeting_once() {
        Meeting meeting = Samples.talks(Samples.attendance("a1", Samples.THUONG, Samples.VN, AttendanceRole.GUEST));
        assertThatThrownBy(() -> meeting.attend(Samples.attendance("a2", Samples.THUONG, Samples.VN, HOST)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("ATTENDANCE_DUPLICATE"));
    }

    @Test
    void an_attendance_can_be_withdrawn_only_if_recorded() {
        Meeting meeting = Samples.talks(Samples.attendance("a1", Samples.THUONG, Samples.VN, AttendanceRole.GUEST));
        assertThat(meeting.withdraw("a1").attendances()).isEmpty();
        assertThatThrownBy(() -> meeting.withdraw("a9")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("ATTENDANCE_NOT_FOUND"));
    }

    @Test
    void refuses_a_meeting_that_ends_before_it_starts() {
        assertThatThrownBy(() -> Samples.talks().reschedule(PartialDate.parse("2024-12-13"), PartialDate.parse("2024-12-11")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("MEETING_ENDS_BEFORE_START"));
    }

    @Test
    void an_instrument_signed_at_a_meeting_is_signed_by_its_attendees() {
        Meeting meeting = Samples.talks(Samples.attendance("a1", Samples.THUONG, Samples.VN, SIGNATORY),
                Samples.attendance("a2", Samples.KISHIDA, Samples.JP, HOST, SIGNATORY));
        Instrument statement = Instrument.concludedAt(meeting, new InstrumentId("joint-statement"), "Joint statement",
                InstrumentKind.JOINT_STATEMENT, false, InstrumentStatus.ADOPTED, List.of(),
                List.of(new Signatory(Samples.THUONG, "President", Samples.VN)), List.of(Samples.KISHIDA), List.of(),
                List.of());
        assertThat(statement.signedOn()).isEqualTo(meeting.startDate());
        assertThat(statement.meeting()).isEqualTo(meeting.id());
        assertThat(statement.status()).isEqualTo(InstrumentStatus.ADOPTED);
    }

    @Test
    void refuses_a_signatory_who_did_not_attend() {
        Meeting meeting = Samples.talks(Samples.attendance("a1", Samples.THUONG, Samples.VN, SIGNATORY));
        assertThatThrownBy(() -> Instrument.concludedAt(meeting, new InstrumentId("mou"), "MOU", InstrumentKind.MOU,
                false, InstrumentStatus.SIGNED, List.of(),
                List.of(new Signatory(new PersonId("someone-else"), null, Samples.JP)), List.of(), List.of(), List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("SIGNATORY_DID_NOT_ATTEND"));
    }

    @Test
    void refuses_a_witness_who_did_not_attend() {
        Meeting meeting = Samples.talks();
        assertThatThrownBy(() -> Instrument.concludedAt(meeting, new InstrumentId("docs"), "Documents",
                InstrumentKind.COOPERATION_DOCUMENT, null, InstrumentStatus.SIGNED, List.of(), List.of(),
                List.of(Samples.KISHIDA), List.of(), List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("WITNESS_DID_NOT_ATTEND"));
    }
}
