package org.entente.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.application.command.Citing;
import org.entente.application.command.MergePersonsCommand;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.fake.AnsweredPort;
import org.entente.application.fake.FakeStorage;
import org.entente.application.history.Revision;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Instruments;
import org.entente.application.port.out.Persons;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.StaleVersionException;
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
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Post;
import org.entente.domain.source.Evidence;
import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;
import org.entente.domain.visit.VisitKind;
import org.junit.jupiter.api.Test;

/** The merge of two person records over the application's fakes: every reference moves, nothing is lost. */
class MergePersonsTest {
    private static final PersonId VU = Curation.VU;
    private static final PersonId VU_TOO = new PersonId("nguyen-minh-vu-2");
    private static final PersonId VU_OLD = new PersonId("nguyen-minh-vu-old");
    private static final PersonId FUNAKOSHI = Curation.FUNAKOSHI;
    private static final MeetingId TALKS = new MeetingId("talks");
    private static final MeetingId DIALOGUE = new MeetingId("dialogue");
    private static final InstrumentId MEMORANDUM = new InstrumentId("memorandum");
    private static final InvitationId INVITATION = new InvitationId("invitation");
    private static final VisitId VISIT = new VisitId("working-visit");

    private final Storage plain = FakeStorage.create();
    private final Curation world = new Curation(plain);
    private final Post deputy = new Post("Permanent Deputy Minister of Foreign Affairs", null, null, null, List.of());
    private Evidence said;

    MergePersonsTest() {
        said = world.storage.sources().findById(Curation.SOURCE).orElseThrow()
                .evidence("Nguyễn Minh Vũ co-chaired", false, null);
        Storage s = world.storage;
        s.persons().save(new Person(VU_TOO, "Nguyen Minh Vu", List.of("Minh Vũ"), Curation.VN, List.of(deputy),
                List.of(said), null, 0));
        s.persons().save(new Person(VU_OLD, "Ng. Minh Vu", List.of(), Curation.VN, List.of(), List.of(), VU_TOO, 0));
        s.visits().save(new Visit(VISIT, Curation.RELATION, VisitKind.WORKING, VU_TOO, Curation.JP,
                PartialDate.parse("2024-12-11"), PartialDate.parse("2024-12-13"), List.of("Tokyo"), List.of(said), 0));
        Meeting talks = s.meetings().save(meeting(TALKS,
                new Attendance("vu-2", VU_TOO, "Deputy Minister", Curation.VN, Set.of(AttendanceRole.HEAD_OF_DELEGATION),
                        List.of(said)),
                new Attendance("funakoshi", FUNAKOSHI, null, Curation.JP, Set.of(AttendanceRole.HOST), List.of())));
        s.meetings().save(meeting(DIALOGUE,
                new Attendance("vu", VU, null, Curation.VN, Set.of(AttendanceRole.CO_CHAIR), List.of()),
                new Attendance("vu-2", VU_TOO, "Permanent Deputy Minister", Curation.VN, Set.of(AttendanceRole.SIGNATORY),
                        List.of(said))));
        s.instruments().save(Instrument.concludedAt(talks, MEMORANDUM, "Memorandum on search and rescue",
                InstrumentKind.MOU, false, InstrumentStatus.SIGNED, List.of(),
                List.of(new Signatory(VU_TOO, null, Curation.VN), new Signatory(FUNAKOSHI, null, Curation.JP)),
                List.of(VU_TOO), List.of(), List.of(said)));
        s.invitations().save(Invitation.extended(INVITATION, Curation.RELATION, FUNAKOSHI, VU_TOO, "visit Japan",
                VU_TOO, TALKS, null, List.of(said)));
    }

    private static Meeting meeting(MeetingId id, Attendance... attendances) {
        return new Meeting(id, Curation.RELATION, "Talks " + id.value(), MeetingKind.TALKS, MeetingStatus.HELD,
                PartialDate.parse("2024-12-12"), null, "Tokyo", Curation.JP, null, null, List.of(), List.of(),
                List.of(attendances), List.of(), List.of(), 0);
    }

    private static MergePersonsCommand vuTooIntoVu() {
        return new MergePersonsCommand(VU, VU_TOO, List.of(Curation.quote("Nguyễn Minh Vũ co-chaired")));
    }

    private CurateDirectoryService directoryOver(Storage storage) {
        return new CurateDirectoryService(storage, world.chronicle);
    }

    @Test
    void every_reference_moves_to_the_survivor_and_nothing_is_lost() {
        Person survivor = directoryOver(plain).mergePersons(vuTooIntoVu());

        assertThat(survivor.id()).isEqualTo(VU);
        assertThat(survivor.names()).containsExactly("Nguyễn Minh Vũ", "Vũ", "Nguyen Minh Vu", "Minh Vũ");
        assertThat(survivor.posts()).containsExactly(deputy);
        assertThat(survivor.evidence()).containsExactly(said);
        assertEverythingMoved();
    }

    @Test
    void an_interrupted_merge_changes_nothing_and_run_again_finishes() {
        Storage failing = plain.with(RecordKind.INSTRUMENT, stoppingAtFirstSave(plain.instruments()));
        int revisions = world.revisions.appended.size();
        assertThatThrownBy(() -> directoryOver(failing).mergePersons(vuTooIntoVu()))
                .isInstanceOf(IllegalStateException.class);

        // one unit: the meetings saved before the instrument failed went back with it
        assertThat(attendedBy(VU_TOO)).hasSize(2);
        assertThat(world.revisions.appended).hasSize(revisions);
        Person stillThere = plain.persons().findById(VU_TOO).orElseThrow();
        assertThat(stillThere.isTombstone()).isFalse();
        assertThat(stillThere.posts()).containsExactly(deputy);
        assertThat(plain.instruments().findById(MEMORANDUM).orElseThrow().witnesses()).containsExactly(VU_TOO);
        assertThat(new LoadRecordsService(plain).byId(Person.class, List.of(VU_TOO))).containsEntry(VU_TOO, stillThere);

        directoryOver(plain).mergePersons(vuTooIntoVu());
        assertEverythingMoved();
    }

    @Test
    void the_old_id_loads_the_survivor_and_tombstones_leave_the_listings() {
        directoryOver(plain).mergePersons(vuTooIntoVu());
        Person survivor = plain.persons().findById(VU).orElseThrow();

        Map<PersonId, Person> loaded = new LoadRecordsService(plain).byId(Person.class, List.of(VU_TOO, VU_OLD, FUNAKOSHI));
        assertThat(loaded.get(VU_TOO)).isEqualTo(survivor);
        assertThat(loaded.get(VU_OLD)).isEqualTo(survivor);
        assertThat(loaded.get(FUNAKOSHI).id()).isEqualTo(FUNAKOSHI);
        assertThat(plain.persons().count(PersonCriteria.ALL)).isEqualTo(2);
        assertThat(plain.persons().page(new PersonCriteria("minh vu", null), PageRequest.first(10)).items())
                .extracting(Person::id).containsExactly(VU);
    }

    @Test
    void a_merge_that_would_break_a_rule_stores_nothing() {
        plain.invitations().save(Invitation.extended(new InvitationId("to-each-other"), Curation.RELATION, VU, VU_TOO,
                "visit Hà Nội", null, TALKS, null, List.of(said)));
        int revisions = world.revisions.appended.size();

        assertThatThrownBy(() -> directoryOver(plain).mergePersons(vuTooIntoVu()))
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("INVITATION_TO_ONESELF"));
        assertThat(world.revisions.appended).hasSize(revisions);
        assertThat(attendedBy(VU_TOO)).hasSize(2);
    }

    @Test
    void refuses_unknown_persons_the_same_person_twice_tombstones_and_persons_of_two_countries() {
        CurateDirectoryService directory = directoryOver(plain);
        Citing why = Curation.quote("Nguyễn Minh Vũ co-chaired");
        assertThatThrownBy(() -> directory.mergePersons(new MergePersonsCommand(new PersonId("nobody"), VU_TOO,
                List.of(why)))).isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
        assertThatThrownBy(() -> directory.mergePersons(new MergePersonsCommand(VU, VU, List.of(why))))
                .satisfies(rule("PERSON_MERGED_WITH_ITSELF"));
        assertThatThrownBy(() -> directory.mergePersons(new MergePersonsCommand(VU, VU_OLD, List.of(why))))
                .satisfies(rule("PERSON_ALREADY_MERGED"));
        assertThatThrownBy(() -> directory.mergePersons(new MergePersonsCommand(VU_OLD, VU, List.of(why))))
                .satisfies(rule("PERSON_MERGED_AWAY"));
        assertThatThrownBy(() -> directory.mergePersons(new MergePersonsCommand(VU, FUNAKOSHI, List.of(why))))
                .satisfies(rule("PERSONS_OF_DIFFERENT_COUNTRIES"));
        assertThatThrownBy(() -> directory.mergePersons(new MergePersonsCommand(VU, VU_TOO,
                List.of(Curation.quote("Vũ was born in Hà Nội"))))).satisfies(rule("QUOTE_NOT_IN_SOURCE"));
        assertThat(plain.persons().findById(VU_TOO).orElseThrow().isTombstone()).isFalse();
    }

    @Test
    void a_survivor_changed_meanwhile_is_a_stale_version_and_running_again_finishes() {
        Storage racing = plain.with(RecordKind.PERSON, changedMeanwhile(plain.persons()));
        assertThatThrownBy(() -> directoryOver(racing).mergePersons(vuTooIntoVu()))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).id()).isEqualTo(VU.value()));

        directoryOver(plain).mergePersons(vuTooIntoVu());
        assertEverythingMoved();
        assertThat(plain.persons().findById(VU).orElseThrow().otherNames()).contains("Nguyễn M. Vũ");
    }

    private List<Meeting> attendedBy(PersonId person) {
        return plain.meetings().page(org.entente.application.criteria.MeetingCriteria.attendedBy(person),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    private void assertEverythingMoved() {
        assertThat(attendedBy(VU_TOO)).isEmpty();
        assertThat(attendedBy(VU)).extracting(Meeting::id)
                .containsExactlyInAnyOrder(TALKS, DIALOGUE);
        Attendance atTalks = plain.meetings().findById(TALKS).orElseThrow().attendance("vu-2").orElseThrow();
        assertThat(atTalks.person()).isEqualTo(VU);
        assertThat(atTalks.titleAsReported()).isEqualTo("Deputy Minister");
        Meeting dialogue = plain.meetings().findById(DIALOGUE).orElseThrow();
        assertThat(dialogue.attendances()).singleElement().satisfies(a -> {
            assertThat(a.person()).isEqualTo(VU);
            assertThat(a.roles()).containsExactlyInAnyOrder(AttendanceRole.CO_CHAIR, AttendanceRole.SIGNATORY);
            assertThat(a.titleAsReported()).isEqualTo("Permanent Deputy Minister");
            assertThat(a.evidence()).containsExactly(said);
        });
        Instrument memorandum = plain.instruments().findById(MEMORANDUM).orElseThrow();
        assertThat(memorandum.signatories()).extracting(Signatory::person).containsExactly(VU, FUNAKOSHI);
        assertThat(memorandum.witnesses()).containsExactly(VU);
        Invitation invitation = plain.invitations().findById(INVITATION).orElseThrow();
        assertThat(List.of(invitation.inviter(), invitation.invitee(), invitation.conveyedBy()))
                .containsExactly(FUNAKOSHI, VU, VU);
        assertThat(plain.visits().findById(VISIT).orElseThrow().visitor()).isEqualTo(VU);
        assertThat(plain.persons().findById(VU_OLD).orElseThrow().mergedInto()).isEqualTo(VU);
        Person tombstone = plain.persons().findById(VU_TOO).orElseThrow();
        assertThat(tombstone.mergedInto()).isEqualTo(VU);
        assertThat(tombstone.names()).containsExactly("Nguyen Minh Vu", "Minh Vũ");
        Person survivor = plain.persons().findById(VU).orElseThrow();
        assertThat(survivor.otherNames()).contains("Nguyen Minh Vu", "Minh Vũ");
        assertThat(survivor.posts()).containsExactly(deputy);

        List<Revision> merges = world.revisions.appended.stream()
                .filter(r -> r.operation().equals("mergePersons")).toList();
        assertThat(merges).extracting(r -> r.aggregate() + " " + r.id()).contains("Meeting talks", "Meeting dialogue",
                "Instrument memorandum", "Invitation invitation", "Visit working-visit", "Person nguyen-minh-vu-old",
                "Person nguyen-minh-vu", "Person nguyen-minh-vu-2");
        assertThat(merges).extracting(r -> r.aggregate() + " " + r.id() + " " + r.version()).doesNotHaveDuplicates();
    }

    private static org.assertj.core.api.ThrowingConsumer<Throwable> rule(String rule) {
        return e -> assertThat(((DomainException) e).rule()).isEqualTo(rule);
    }

    /** Instruments whose store stops (as a process killed) at the first save. */
    private static Instruments stoppingAtFirstSave(Instruments stored) {
        return AnsweredPort.of(Instruments.class, stored, "save", args -> {
            throw new IllegalStateException("the process stopped before instrument "
                    + ((Instrument) args[0]).id().value());
        });
    }

    /** Persons of which another curator renames the survivor just after the merge has read it. */
    @SuppressWarnings("unchecked")
    private static Persons changedMeanwhile(Persons stored) {
        boolean[] changed = {false};
        return AnsweredPort.of(Persons.class, stored, "findAllById", args -> {
            Map<PersonId, Person> found = stored.findAllById((Collection<PersonId>) args[0]);
            if (!changed[0] && found.containsKey(VU)) {
                changed[0] = true;
                stored.save(found.get(VU).alsoKnownAs("Nguyễn M. Vũ"));
            }
            return found;
        });
    }
}
