package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.port.out.Meetings;
import org.entente.domain.common.DuplicateKeyException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Meetings}: listings by every criterion in the order of {@link MeetingCriteria#keyOf},
 * partial dates matched by the span they may mean, one meeting per session number of a mechanism.
 */
public abstract class MeetingsContract extends AggregateStoreContract<MeetingId, Meeting> {
    private static final List<RelationId> R = SampleRecords.RELATIONS;
    private static final List<PersonId> P = SampleRecords.PERSONS;
    private static final List<MechanismId> M = SampleRecords.MECHANISMS;

    @Override
    protected final Meetings store() {
        return storage.meetings();
    }

    @Override
    protected final MeetingId id(String value) {
        return new MeetingId(value);
    }

    @Override
    protected final Meeting sample(MeetingId id, int variant) {
        return SampleRecords.meeting(id, variant);
    }

    @Override
    protected final Meeting revised(Meeting m, String revision) {
        return m.retitle(m.title() + " — " + revision);
    }

    @Test
    public void listingsAgreeWithTheCriteria() {
        List<Meeting> all = saveSamples(200);
        List<MeetingCriteria> criteria = List.of(MeetingCriteria.ALL, MeetingCriteria.ofRelation(R.get(0)),
                criteria(R.get(1), "2021", null, null, null, null, null),
                criteria(null, "2021-03", "2021-03", null, null, null, null),
                criteria(null, "2023-05-17", "2023-05-17", null, null, null, null),
                criteria(null, "2025-06", null, null, null, null, null),
                criteria(null, null, "2020", null, null, null, null),
                new MeetingCriteria(null, null, null, SampleRecords.VN, null, null, null, null),
                new MeetingCriteria(null, null, null, SampleRecords.JP, null, MeetingKind.TALKS, null, null),
                criteria(null, null, null, P.get(2), null, null, null),
                criteria(R.get(2), null, null, P.get(5), null, null, null),
                new MeetingCriteria(null, null, null, null, null, MeetingKind.DIALOGUE, null, null),
                criteria(null, null, null, null, M.get(0), null, null),
                criteria(null, "2022", null, null, M.get(2), null, null),
                criteria(null, null, null, null, null, "nang luong", null),
                criteria(null, null, null, null, null, "ENERGY", null),
                criteria(null, null, null, null, null, "Khoa học & công nghệ", null),
                criteria(null, null, null, null, null, "quoc phong - an ninh", null),
                criteria(null, null, null, null, null, "defence", null),
                criteria(R.get(0), "2020-02", "2024-10-31", P.get(0), null, "năng lượng", null));
        Pagination.assertEveryCriteriaAgrees(criteria, all, MeetingCriteria::matches, MeetingCriteria::keyOf,
                store(), 13);
    }

    @Test
    public void theSessionsOfSeveralMechanismsComeInMeetingOrder() {
        List<Meeting> all = saveSamples(120);
        List<MechanismId> mechanisms = List.of(M.get(0), M.get(3), new MechanismId("no-such-mechanism"));

        List<Meeting> sessions = store().findSessionsOf(mechanisms);

        assertThat(sessions).isNotEmpty().isEqualTo(all.stream()
                .filter(m -> m.session() != null && mechanisms.contains(m.session().mechanism()))
                .sorted(Comparator.comparing(MeetingCriteria::keyOf)).toList());
        assertThat(store().findSessionsOf(List.of())).isEmpty();
    }

    @Test
    public void theMeetingsOfSeveralPersonsArePagedAtOnceAndOnlyThoseWithCommitmentsWhenAsked() {
        List<Meeting> all = saveSamples(120);
        List<MeetingCriteria> criteria = List.of(MeetingCriteria.attendedBy(P.get(1)), MeetingCriteria.attendedBy(P.get(6)),
                MeetingCriteria.attendedBy(new PersonId("no-such-person")), MeetingCriteria.committedIn(R.get(0)),
                MeetingCriteria.committedIn(R.get(1)), MeetingCriteria.ofRelation(R.get(2)));
        assertThat(all).filteredOn(m -> !m.commitments().isEmpty()).isNotEmpty();
        assertThat(all).filteredOn(m -> m.commitments().isEmpty()).isNotEmpty();
        Pagination.assertBatchAgrees(criteria, all, MeetingCriteria::matches, MeetingCriteria::keyOf, store());
        for (MeetingCriteria c : criteria) {
            Pagination.assertAgrees(c.toString(), all.stream().filter(c::matches).toList(), MeetingCriteria::keyOf,
                    r -> store().page(c, r), 7);
        }
    }

    @Test
    public void theCommitmentsOfEachCriteriasMeetingsAreSummedAtOnce() {
        List<Meeting> all = saveSamples(150);
        List<MeetingCriteria> criteria = List.of(MeetingCriteria.committedIn(R.get(0)),
                MeetingCriteria.committedIn(R.get(1)), MeetingCriteria.ofRelation(R.get(2)), MeetingCriteria.ALL,
                MeetingCriteria.committedIn(new RelationId("no-such-relation")));

        var sums = store().commitmentCounts(criteria);

        assertThat(sums.keySet()).containsExactlyInAnyOrderElementsOf(criteria);
        for (MeetingCriteria c : criteria) {
            assertThat(sums.get(c)).as("commitments of %s", c).isEqualTo(all.stream().filter(c::matches)
                    .mapToLong(m -> m.commitments().size()).sum());
        }
        assertThat(sums.get(MeetingCriteria.ALL)).isPositive();
        assertThat(store().commitmentCounts(List.of())).isEmpty();
    }

    @Test
    public void aSessionNumberIsTakenOncePerMechanism() {
        Meeting eighth = store().save(session("eighth", M.get(0), 8));
        store().save(session("other-mechanism", M.get(1), 8));
        store().save(session("no-session-1", null, 0));
        store().save(session("no-session-2", null, 0));

        assertThatThrownBy(() -> store().save(session("eighth-again", M.get(0), 8)))
                .isInstanceOf(DuplicateKeyException.class)
                .extracting(e -> ((DuplicateKeyException) e).rule()).isEqualTo("SESSION_NUMBER_TAKEN");
        assertThat(store().findById(id("eighth-again"))).isEmpty();
        assertThat(store().count()).isEqualTo(4);
        assertThat(store().findById(eighth.id())).contains(eighth);
    }

    @Test
    public void aMeetingMovedOntoATakenSessionIsRefusedAndKeptAsItWas() {
        store().save(session("eighth", M.get(0), 8));
        Meeting ninth = store().save(session("ninth", M.get(0), 9));

        assertThatThrownBy(() -> store().save(withSession(ninth, new MechanismSession(M.get(0), 8))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(store().findById(ninth.id())).contains(ninth);
    }

    @Test
    public void aMeetingMovedToAnotherSessionFreesItsNumber() {
        Meeting eighth = store().save(session("eighth", M.get(0), 8));
        store().save(withSession(eighth, new MechanismSession(M.get(0), 80)));

        Meeting newcomer = store().save(session("newcomer", M.get(0), 8));

        assertThat(newcomer.version()).isEqualTo(1);
        assertThat(store().findSessionsOf(List.of(M.get(0))).stream().map(m -> m.session().number()))
                .containsExactlyInAnyOrder(8, 80);
    }

    @Test
    public void ofConcurrentClaimsOnOneSessionExactlyOneWins() throws InterruptedException {
        List<Callable<Meeting>> claims = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            Meeting claim = session("claim-" + c, M.get(2), 12);
            claims.add(() -> store().save(claim));
        }

        List<Race.Outcome<Meeting>> outcomes = Race.run(claims);

        Race.onlyWinner(outcomes, DuplicateKeyException.class);
        assertThat(store().count()).isEqualTo(1);
    }

    @Test
    public void listingsNeitherSkipNorRepeatWhileOthersInsert() throws InterruptedException {
        assertWalksSurviveInserts(r -> store().page(MeetingCriteria.ALL, r), MeetingCriteria::keyOf, m -> true,
                LONG_WALK_POPULATION);
    }

    @Test
    public void listingsOfARelationNeitherSkipNorRepeatWhileOthersInsert() throws InterruptedException {
        MeetingCriteria criteria = MeetingCriteria.ofRelation(R.get(1));
        assertWalksSurviveInserts(r -> store().page(criteria, r), MeetingCriteria::keyOf, criteria::matches,
                WALK_POPULATION);
    }

    private static MeetingCriteria criteria(RelationId relation, String from, String to, PersonId person,
                                            MechanismId mechanism, String area, MeetingKind kind) {
        return new MeetingCriteria(relation, from == null ? null : PartialDate.parse(from),
                to == null ? null : PartialDate.parse(to), null, person, kind, mechanism, area);
    }

    private Meeting session(String id, MechanismId mechanism, int number) {
        Meeting sample = sample(id(id), 1);
        return withSession(sample, mechanism == null ? null : new MechanismSession(mechanism, number));
    }

    private static Meeting withSession(Meeting m, MechanismSession session) {
        return new Meeting(m.id(), m.relation(), m.title(), m.kind(), m.status(), m.startDate(), m.endDate(), m.city(),
                m.country(), session, m.visit(), m.areas(), m.outcomes(), m.attendances(), m.commitments(),
                m.evidence(), m.version());
    }
}
