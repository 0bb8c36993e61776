package org.entente.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.application.command.AttendanceInput;
import org.entente.application.command.ExtendInvitationCommand;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.dataset.DataSet;
import org.entente.application.dataset.DataSetProblem;
import org.entente.application.dataset.InvalidDataSetException;
import org.entente.application.fake.FakeStorage;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Evidence;
import org.junit.jupiter.api.Test;

/**
 * A rule that spans records lives on the model, so a mutation and a data set import refuse the same input with the
 * same rule: each case below is tried both ways.
 */
class SameRefusalsTest {
    private static final RelationId KR_VN = new RelationId("kr-vn");
    private static final MechanismId KR_DIALOGUE = new MechanismId("kr-vn-dialogue");
    private static final PersonId KAMIKAWA = new PersonId("kamikawa-yoko");

    private final Curation world = new Curation(FakeStorage.create());
    private final DataSetService imports = new DataSetService(world.storage, world.chronicle);
    private final Evidence stated = world.storage.sources().findById(Curation.SOURCE).orElseThrow()
            .quote("held talks with his Japanese counterpart");

    SameRefusalsTest() {
        world.storage.relations().save(BilateralRelation.between(KR_VN, CountryPair.of("VN", "KR")));
        world.storage.mechanisms().save(DialogueMechanism.established(KR_DIALOGUE, KR_VN, "Korea-Việt Nam dialogue",
                null, List.of()));
        world.storage.persons().save(new Person(KAMIKAWA, "Kamikawa Yōko", List.of(), Curation.JP, List.of(),
                List.of(), null, 0));
    }

    @Test
    void a_session_of_another_relations_mechanism() {
        RecordMeetingCommand command = new RecordMeetingCommand(new MeetingId("m-kr"), Curation.RELATION, "Dialogue",
                MeetingKind.DIALOGUE, MeetingStatus.HELD, PartialDate.parse("2024-12"), null, null, Curation.JP,
                new MechanismSession(KR_DIALOGUE, 1), null, List.of(), List.of(), List.of(),
                List.of(Curation.quote("held talks")));
        Meeting imported = new Meeting(new MeetingId("m-kr"), Curation.RELATION, "Dialogue", MeetingKind.DIALOGUE,
                MeetingStatus.HELD, PartialDate.parse("2024-12"), null, null, Curation.JP,
                new MechanismSession(KR_DIALOGUE, 1), null, List.of(), List.of(), List.of(), List.of(),
                List.of(stated), 0);

        assertThat(mutationRule(() -> world.meetings.recordMeeting(command)))
                .isEqualTo(importRule(set(List.of(imported), List.of())))
                .isEqualTo("MECHANISM_OF_ANOTHER_RELATION");
    }

    @Test
    void an_invitation_conveyed_by_someone_who_did_not_attend() {
        Meeting talks = world.meetings.recordMeeting(new RecordMeetingCommand(new MeetingId("talks"),
                Curation.RELATION, "Talks", MeetingKind.TALKS, MeetingStatus.HELD, PartialDate.parse("2024-12-12"),
                null, "Tokyo", Curation.JP, null, null, List.of(), List.of(),
                List.of(new AttendanceInput("vu", Curation.VU, null, Curation.VN, Set.of(AttendanceRole.GUEST),
                        List.of())), List.of(Curation.quote("held talks"))));
        ExtendInvitationCommand command = new ExtendInvitationCommand(new InvitationId("visit"), Curation.VU,
                Curation.FUNAKOSHI, "visit Hà Nội", KAMIKAWA, talks.id(), List.of(Curation.quote("held talks")));
        Invitation imported = Invitation.extended(new InvitationId("visit"), Curation.RELATION, Curation.VU,
                Curation.FUNAKOSHI, "visit Hà Nội", KAMIKAWA, talks.id(), talks.startDate(), List.of(stated));

        assertThat(mutationRule(() -> world.agreements.extendInvitation(command)))
                .isEqualTo(importRule(set(List.of(), List.of(imported))))
                .isEqualTo("CONVEYER_DID_NOT_ATTEND");
    }

    private static String mutationRule(Runnable mutation) {
        DomainException refused = (DomainException) catchThrowable(mutation::run);
        assertThat(refused).as("the mutation is refused").isNotNull();
        return refused.rule();
    }

    /** The one rule the import reports broken (every reference resolves in these sets). */
    private String importRule(DataSet set) {
        Throwable refused = catchThrowable(() -> imports.importDataSet("same.json", set));
        assertThat(refused).as("the import is refused").isInstanceOf(InvalidDataSetException.class);
        List<DataSetProblem> problems = ((InvalidDataSetException) refused).problems();
        assertThat(problems).as("%s", problems).hasSize(1);
        return problems.get(0).rule();
    }

    private static DataSet set(List<Meeting> meetings, List<Invitation> invitations) {
        return DataSet.of(Stream.concat(meetings.stream(), invitations.stream()).toList());
    }
}
