package org.entente.application.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.application.command.AddAttendanceCommand;
import org.entente.application.command.AttendanceInput;
import org.entente.application.command.RecordCommitmentCommand;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.command.RemoveAttendanceCommand;
import org.entente.application.command.UpdateMeetingCommand;
import org.entente.application.port.in.CurateMeetings;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.Commitment;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;

public final class CurateMeetingsService implements CurateMeetings {
    private final Storage storage;
    private final Evidencing evidencing;
    private final Chronicle chronicle;

    public CurateMeetingsService(Storage storage, Chronicle chronicle) {
        this.chronicle = chronicle;
        this.storage = storage;
        this.evidencing = new Evidencing(storage.sources());
    }

    @Override
    public Meeting recordMeeting(RecordMeetingCommand c) {
        storage.relations().findById(c.relation())
                .orElseThrow(() -> new NotFoundException("relation", c.relation().value()));
        if (c.session() != null) {
            DialogueMechanism mechanism = storage.mechanisms().findById(c.session().mechanism())
                    .orElseThrow(() -> new NotFoundException("mechanism", c.session().mechanism().value()));
            if (!mechanism.relation().equals(c.relation())) {
                throw new DomainException("MECHANISM_OF_ANOTHER_RELATION", "mechanism " + mechanism.id().value()
                        + " belongs to another relation than " + c.relation().value());
            }
        }
        if (c.visit() != null && storage.visits().findById(c.visit()).isEmpty()) {
            throw new NotFoundException("visit", c.visit().value());
        }
        requirePersons(c.attendances().stream().map(AttendanceInput::person).filter(Objects::nonNull).toList());
        List<Attendance> attendances = c.attendances().stream().map(this::attendance).toList();
        Meeting meeting = new Meeting(c.id(), c.relation(), c.title(), c.kind(), c.status(), c.startDate(), c.endDate(),
                c.city(), c.country(), c.session(), c.visit(), c.areas(), c.outcomes(), attendances, List.of(),
                evidencing.cite(c.evidence()), 0);
        return chronicle.save(storage.meetings(), null, meeting, "recordMeeting");
    }

    @Override
    public Meeting updateMeeting(UpdateMeetingCommand c) {
        Meeting before = load(c.id(), c.expectedVersion());
        Meeting meeting = before;
        if (c.title() != null) {
            meeting = meeting.retitle(c.title());
        }
        if (c.startDate() != null || c.endDate() != null) {
            meeting = meeting.reschedule(c.startDate() != null ? c.startDate() : meeting.startDate(),
                    c.endDate() != null ? c.endDate() : meeting.endDate());
        }
        if (c.status() != null) {
            meeting = meeting.markAs(c.status());
        }
        return chronicle.save(storage.meetings(), before, meeting, "updateMeeting");
    }

    @Override
    public Meeting addAttendance(AddAttendanceCommand c) {
        Meeting meeting = load(c.meeting(), c.expectedVersion());
        if (c.attendance().person() != null) {
            requirePersons(List.of(c.attendance().person()));
        }
        return chronicle.save(storage.meetings(), meeting, meeting.attend(attendance(c.attendance())), "addAttendance");
    }

    @Override
    public Meeting removeAttendance(RemoveAttendanceCommand c) {
        Meeting meeting = load(c.meeting(), c.expectedVersion());
        return chronicle.save(storage.meetings(), meeting, meeting.withdraw(c.attendanceKey()), "removeAttendance");
    }

    @Override
    public Meeting recordCommitment(RecordCommitmentCommand c) {
        Meeting meeting = load(c.meeting(), c.expectedVersion());
        String key = c.key() != null ? c.key() : "c" + (meeting.commitments().size() + 1);
        return chronicle.save(storage.meetings(), meeting, meeting.commit(new Commitment(key, c.text(), c.kind(), c.sides(),
                c.areas(), evidencing.cite(c.evidence()))), "recordCommitment");
    }

    private Meeting load(MeetingId id, long expectedVersion) {
        return Versions.expect(storage.meetings().findById(id)
                .orElseThrow(() -> new NotFoundException("meeting", id.value())), expectedVersion, "meeting");
    }

    private void requirePersons(List<PersonId> ids) {
        Map<PersonId, Person> found = storage.persons().findAllById(ids);
        for (PersonId id : ids) {
            if (!found.containsKey(id)) {
                throw new NotFoundException("person", id.value());
            }
        }
    }

    private Attendance attendance(AttendanceInput a) {
        String key = a.key() != null ? a.key() : a.person() != null ? a.person().value() : "office:" + a.titleAsReported();
        return new Attendance(key, a.person(), a.titleAsReported(), a.country(), a.roles(), evidencing.cite(a.evidence()));
    }
}
