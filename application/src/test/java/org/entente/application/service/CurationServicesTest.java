package org.entente.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.entente.application.command.AddAttendanceCommand;
import org.entente.application.command.AttendanceInput;
import org.entente.application.command.ElevatePartnershipCommand;
import org.entente.application.command.ExtendInvitationCommand;
import org.entente.application.command.RecordInstrumentCommand;
import org.entente.application.command.UpdateMeetingCommand;
import org.entente.application.command.UpgradeMechanismCommand;
import org.entente.application.fake.FakeStorage;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.DuplicateKeyException;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.StaleVersionException;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.BilateralRelation;
import org.junit.jupiter.api.Test;

class CurationServicesTest {
    private final Curation world = new Curation(FakeStorage.create());

    @Test
    void records_a_meeting_with_attendances_and_verbatim_evidence() {
        Meeting meeting = world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        assertThat(meeting.version()).isEqualTo(1);
        assertThat(meeting.attendances()).hasSize(2);
        assertThat(meeting.evidence()).singleElement()
                .satisfies(e -> assertThat(Curation.TEXT.substring(e.offset(), e.end())).isEqualTo("co-chaired the 8th"));
    }

    @Test
    void refuses_a_quote_not_in_its_source_and_stores_nothing() {
        assertThatThrownBy(() -> world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "chaired the eighth")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("QUOTE_NOT_IN_SOURCE"));
        assertThat(world.storage.meetings().count()).isZero();
    }

    @Test
    void refuses_a_second_meeting_as_the_same_session() {
        world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        assertThatThrownBy(() -> world.meetings.recordMeeting(Curation.dialogue("spd-8-again", 8, "co-chaired the 8th")))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(world.storage.meetings().count()).isEqualTo(1);
    }

    @Test
    void refuses_an_attendee_who_is_not_a_known_person() {
        Meeting meeting = world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        assertThatThrownBy(() -> world.meetings.addAttendance(new AddAttendanceCommand(meeting.id(), meeting.version(),
                new AttendanceInput("x", new PersonId("nobody"), null, Curation.JP, Set.of(AttendanceRole.DELEGATE), List.of()))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
    }

    @Test
    void an_update_from_a_stale_version_changes_nothing() {
        Meeting meeting = world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        Meeting renamed = world.meetings.updateMeeting(new UpdateMeetingCommand(meeting.id(), 1, "Eighth dialogue", null, null, null));
        assertThat(renamed.version()).isEqualTo(2);
        assertThatThrownBy(() -> world.meetings.updateMeeting(new UpdateMeetingCommand(meeting.id(), 1, "Stale title", null, null, null)))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("STALE_VERSION"));
        assertThat(world.storage.meetings().findById(meeting.id()).orElseThrow().title()).isEqualTo("Eighth dialogue");
    }

    @Test
    void an_instrument_is_signed_only_by_attendees_of_its_meeting() {
        Meeting meeting = world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        var signed = world.agreements.recordInstrument(new RecordInstrumentCommand(new InstrumentId("mou"), meeting.id(),
                "MOU", InstrumentKind.MOU, false, InstrumentStatus.SIGNED, List.of(),
                List.of(new Signatory(Curation.VU, null, Curation.VN)), List.of(), List.of(),
                List.of(Curation.quote("held talks"))));
        assertThat(signed.signedOn()).isEqualTo(meeting.startDate());
        assertThatThrownBy(() -> world.agreements.recordInstrument(new RecordInstrumentCommand(new InstrumentId("loi"),
                meeting.id(), "LOI", InstrumentKind.LETTER_OF_INTENT, false, InstrumentStatus.SIGNED, List.of(),
                List.of(new Signatory(new PersonId("someone"), null, Curation.JP)), List.of(), List.of(),
                List.of(Curation.quote("held talks")))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("SIGNATORY_DID_NOT_ATTEND"));
        assertThat(world.storage.instruments().count()).isEqualTo(1);
    }

    @Test
    void an_invitation_is_conveyed_by_an_attendee() {
        Meeting meeting = world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        var invitation = world.agreements.extendInvitation(new ExtendInvitationCommand(new InvitationId("inv"),
                Curation.VU, Curation.FUNAKOSHI, "to visit Việt Nam", Curation.VU, meeting.id(),
                List.of(Curation.quote("working visit"))));
        assertThat(invitation.relation()).isEqualTo(Curation.RELATION);
        assertThat(invitation.extendedOn()).isEqualTo(meeting.startDate());
    }

    @Test
    void elevates_a_partnership_once_per_period() {
        Meeting meeting = world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        BilateralRelation elevated = world.relations.elevatePartnership(new ElevatePartnershipCommand(Curation.RELATION,
                1, "Comprehensive Strategic Partnership", PartialDate.parse("2023-11-27"), meeting.id(),
                List.of(Curation.quote("strategic partnership dialogue"))));
        assertThat(elevated.currentLevel()).isPresent();
        assertThatThrownBy(() -> world.relations.elevatePartnership(new ElevatePartnershipCommand(Curation.RELATION,
                2, "Strategic Partnership", PartialDate.parse("2009"), null, List.of(Curation.quote("dialogue")))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("LEVEL_PERIODS_OVERLAP"));
        assertThat(world.storage.relations().findById(Curation.RELATION).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void an_upgrade_may_not_predate_the_predecessors_last_session() {
        world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        MechanismId twoPlusTwo = new MechanismId("jp-vn-2plus2");
        world.storage.mechanisms().save(DialogueMechanism.established(twoPlusTwo, Curation.RELATION,
                "Vice-Ministerial 2+2 Consultation", "2+2", List.of()));
        assertThatThrownBy(() -> world.agreements.upgradeMechanism(new UpgradeMechanismCommand(Curation.DIALOGUE,
                twoPlusTwo, 1, PartialDate.parse("2024-11"), List.of(Curation.quote("dialogue")))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("UPGRADE_BEFORE_LAST_SESSION"));
        DialogueMechanism upgraded = world.agreements.upgradeMechanism(new UpgradeMechanismCommand(Curation.DIALOGUE,
                twoPlusTwo, 1, PartialDate.parse("2025-12-04"), List.of(Curation.quote("dialogue"))));
        assertThat(upgraded.predecessor()).isEqualTo(Curation.DIALOGUE);
    }

    @Test
    void refuses_a_meeting_of_an_unknown_relation() {
        var command = Curation.dialogue("spd-8", 8, "co-chaired the 8th");
        var elsewhere = new org.entente.application.command.RecordMeetingCommand(new MeetingId("x"),
                new org.entente.domain.relation.RelationId("fr-vn"), command.title(), command.kind(), command.status(),
                command.startDate(), null, null, null, null, null, List.of(), List.of(), List.of(), command.evidence());
        assertThatThrownBy(() -> world.meetings.recordMeeting(elsewhere)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("relation fr-vn");
    }
}
