package org.entente.application.service;

import org.entente.domain.common.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.application.command.AddAttendanceCommand;
import org.entente.application.command.AttendanceInput;
import org.entente.application.command.Citing;
import org.entente.application.command.RecordCommitmentCommand;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.command.RemoveAttendanceCommand;
import org.entente.application.command.UpdateMeetingCommand;
import org.entente.application.port.in.CurateMeetings;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Checklist;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.Commitment;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Evidence;

public final class CurateMeetingsService implements CurateMeetings {
    private final Storage storage;
    private final Evidencing evidencing;
    private final Chronicle chronicle;

    public CurateMeetingsService(Storage storage, Chronicle chronicle) {
        this.chronicle = chronicle;
        this.storage = storage;
        this.evidencing = new Evidencing(storage.sources());
    }

    /** Every unknown reference, misplaced session and bad quote of the command is reported at once. */
    @Override
    public Meeting recordMeeting(RecordMeetingCommand c) {
        Checklist checks = new Checklist();
        if (storage.relations().findById(c.relation()).isEmpty()) {
            checks.note(new NotFoundException(RecordKind.RELATION, c.relation().value()));
        }
        if (c.session() != null) {
            storage.mechanisms().findById(c.session().mechanism()).ifPresentOrElse(
                    mechanism -> checks.check(() -> MechanismSession.of(mechanism, c.relation(), c.session().number())),
                    () -> checks.note(new NotFoundException(RecordKind.MECHANISM, c.session().mechanism().value())));
        }
        if (c.visit() != null && storage.visits().findById(c.visit()).isEmpty()) {
            checks.note(new NotFoundException(RecordKind.VISIT, c.visit().value()));
        }
        requirePersons(c.attendances().stream().map(AttendanceInput::person).filter(Objects::nonNull).toList(), checks);
        List<Citing> cited = new ArrayList<>(c.evidence());
        c.attendances().forEach(a -> cited.addAll(a.evidence()));
        Evidencing.Sourced sources = evidencing.load(cited);
        List<Evidence> evidence = sources.cite(c.evidence(), checks);
        List<Attendance> attendances = c.attendances().stream().map(a -> attendance(a, sources, checks)).toList();
        checks.settle();
        Meeting meeting = new Meeting(c.id(), c.relation(), c.title(), c.kind(), c.status(), c.startDate(), c.endDate(),
                c.city(), c.country(), c.session(), c.visit(), c.areas(), c.outcomes(), attendances, List.of(),
                evidence, 0);
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
        Checklist checks = new Checklist();
        if (c.attendance().person() != null) {
            requirePersons(List.of(c.attendance().person()), checks);
        }
        Attendance attendance = attendance(c.attendance(), evidencing.load(c.attendance().evidence()), checks);
        checks.settle();
        return chronicle.save(storage.meetings(), meeting, meeting.attend(attendance), "addAttendance");
    }

    @Override
    public Meeting removeAttendance(RemoveAttendanceCommand c) {
        Meeting meeting = load(c.meeting(), c.expectedVersion());
        return chronicle.save(storage.meetings(), meeting, meeting.withdraw(c.attendanceKey()), "removeAttendance");
    }

    @Override
    public Meeting recordCommitment(RecordCommitmentCommand c) {
        Meeting meeting = load(c.meeting(), c.expectedVersion());
        return chronicle.save(storage.meetings(), meeting, meeting.commit(new Commitment(meeting.commitmentKey(c.key()),
                c.text(), c.kind(), c.sides(),
                c.areas(), evidencing.cite(c.evidence()))), "recordCommitment");
    }

    private Meeting load(MeetingId id, long expectedVersion) {
        return Versions.expect(storage.meetings().findById(id)
                .orElseThrow(() -> new NotFoundException(RecordKind.MEETING, id.value())), expectedVersion);
    }

    private void requirePersons(List<PersonId> ids, Checklist checks) {
        Map<PersonId, Person> found = storage.persons().findAllById(ids);
        for (PersonId id : ids) {
            if (!found.containsKey(id)) {
                checks.note(new NotFoundException(RecordKind.PERSON, id.value()));
            }
        }
    }

    private static Attendance attendance(AttendanceInput a, Evidencing.Sourced sources, Checklist checks) {
        String key = a.key() != null ? a.key() : a.person() != null ? a.person().value() : "office:" + a.titleAsReported();
        List<Evidence> evidence = sources.cite(a.evidence(), checks);
        return checks.check(() -> new Attendance(key, a.person(), a.titleAsReported(), a.country(), a.roles(), evidence));
    }
}
