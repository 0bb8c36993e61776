package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.common.PartialDate;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Commitment;
import org.entente.domain.meeting.CommitmentKind;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a read costs: a page reads the page and one record more, whatever the number stored behind it. A relation
 * holds {@value #CHILDREN} meetings, every one attended by one person, every second one with a commitment; another
 * relation holds three. Pages of two from the crowded parent, from its middle, from its end, of the busy person,
 * of its meetings with commitments, of a month of the whole listing, and of several parents at once, may read three
 * records for each; counting them reads none, in a date window too. A name search that {@value #NAMESAKES} persons answer reads its page
 * and one more too, from the start or after a cursor, and counts them without reading them. The adapter meters itself: {@link #recordsRead()} is the number of
 * records it has read from its storage, or received from its server, for pages and counts so far.
 */
public abstract class BoundedReadsContract extends StorageContract {
    protected static final int CHILDREN = 10_000;
    protected static final int NAMESAKES = 300;
    private static final RelationId CROWDED = SampleRecords.RELATIONS.get(0);
    private static final RelationId QUIET = SampleRecords.RELATIONS.get(1);
    private static final PersonId BUSY = SampleRecords.PERSONS.get(0);
    private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

    private final List<Meeting> crowded = new ArrayList<>();

    /** How many records pages and counts have read from the store's storage (or had from its server) so far. */
    protected abstract long recordsRead();

    @BeforeEach
    final void storeACrowdedParent() {
        storage.transactions().inOne(() -> {
            for (int n = 0; n < CHILDREN; n++) {
                crowded.add(storage.meetings().save(meeting("crowded-" + n, CROWDED, FIRST_DAY.plusDays(n), n % 2 == 0)));
            }
            for (int n = 0; n < 3; n++) {
                storage.meetings().save(meeting("quiet-" + n, QUIET, FIRST_DAY.plusDays(n * 1000L), true));
            }
            return null;
        });
    }

    @Test
    public void aPageReadsThePageAndOneMoreWhateverIsStoredBehindIt() {
        MeetingCriteria ofCrowded = MeetingCriteria.ofRelation(CROWDED);
        Meeting middle = crowded.get(CHILDREN / 2);
        assertPage(3, 2, () -> storage.meetings().page(ofCrowded, PageRequest.first(2)));
        assertPage(3, 2, () -> storage.meetings().page(ofCrowded,
                PageRequest.firstAfter(2, MeetingCriteria.keyOf(middle))));
        assertPage(3, 2, () -> storage.meetings().page(ofCrowded,
                PageRequest.lastBefore(2, MeetingCriteria.keyOf(middle))));
        assertPage(3, 2, () -> storage.meetings().page(ofCrowded, PageRequest.lastBefore(2, null)));
        assertPage(3, 2, () -> storage.meetings().page(MeetingCriteria.attendedBy(BUSY), PageRequest.first(2)));
        assertPage(3, 2, () -> storage.meetings().page(MeetingCriteria.committedIn(CROWDED),
                PageRequest.firstAfter(2, MeetingCriteria.keyOf(middle))));
        assertPage(3, 2, () -> storage.meetings().page(MeetingCriteria.ALL, PageRequest.first(2)));
        MeetingCriteria march2010 = new MeetingCriteria(null, PartialDate.parse("2010-03"), PartialDate.parse("2010-03"),
                null, null, null, null, null);
        assertPage(3, 2, () -> storage.meetings().page(march2010, PageRequest.first(2)));
        assertPage(3, 2, () -> storage.meetings().page(march2010, PageRequest.lastBefore(2, null)));
    }

    @Test
    public void thePagesOfSeveralParentsReadThreeRecordsForEach() {
        List<MeetingCriteria> parents = List.of(MeetingCriteria.ofRelation(CROWDED), MeetingCriteria.attendedBy(BUSY),
                MeetingCriteria.committedIn(CROWDED), MeetingCriteria.ofRelation(QUIET));
        long before = recordsRead();
        var pages = storage.meetings().pages(parents, PageRequest.first(2));
        assertThat(recordsRead() - before).as("records read for the pages of %d parents", parents.size())
                .isLessThanOrEqualTo(3L * parents.size());
        assertThat(pages.values()).allSatisfy(page -> assertThat(page.items()).hasSize(2));
        assertThat(pages.get(MeetingCriteria.ofRelation(CROWDED)).hasNext()).isTrue();
    }

    @Test
    public void aCountReadsNoRecord() {
        long before = recordsRead();
        var counts = storage.meetings().counts(List.of(MeetingCriteria.ofRelation(CROWDED),
                MeetingCriteria.attendedBy(BUSY), MeetingCriteria.ofRelation(QUIET)));
        long sums = storage.meetings().commitmentCounts(List.of(MeetingCriteria.committedIn(CROWDED)))
                .get(MeetingCriteria.committedIn(CROWDED));
        assertThat(recordsRead() - before).as("records read to count and sum").isLessThanOrEqualTo(3);
        assertThat(counts).containsEntry(MeetingCriteria.ofRelation(CROWDED), (long) CHILDREN)
                .containsEntry(MeetingCriteria.attendedBy(BUSY), CHILDREN + 3L)
                .containsEntry(MeetingCriteria.ofRelation(QUIET), 3L);
        assertThat(sums).isEqualTo(CHILDREN / 2);
    }

    @Test
    public void aCountOfADateWindowReadsNoRecordWhateverTheWindowHolds() {
        LocalDate from = FIRST_DAY.plusDays(2_000);
        LocalDate to = FIRST_DAY.plusDays(6_999);
        MeetingCriteria fromOn = new MeetingCriteria(CROWDED, PartialDate.parse(from.toString()), null, null, null,
                null, null, null);
        MeetingCriteria between = new MeetingCriteria(CROWDED, PartialDate.parse(from.toString()),
                PartialDate.parse(to.toString()), null, null, null, null, null);
        MeetingCriteria aMonth = new MeetingCriteria(CROWDED, PartialDate.parse("2010-03"), PartialDate.parse("2010-03"),
                null, null, null, null, null);
        long before = recordsRead();
        var counts = storage.meetings().counts(List.of(fromOn, between, aMonth));
        assertThat(recordsRead() - before).as("records read to count three date windows").isLessThanOrEqualTo(3);
        assertThat(counts).containsEntry(fromOn, CHILDREN - 2_000L).containsEntry(between, 5_000L)
                .containsEntry(aMonth, 31L);
    }

    @Test
    public void aNameSearchReadsItsPageAndOneMoreWhateverTheNamesakes() {
        List<Person> namesakes = storage.transactions().inOne(() -> {
            List<Person> saved = new ArrayList<>();
            for (int n = 0; n < NAMESAKES; n++) {
                saved.add(storage.persons().save(new Person(new PersonId("namesake-" + n), "Nguyễn Văn " + (1000 + n),
                        List.of(), SampleRecords.VN, List.of(), List.of(), null, 0)));
            }
            return saved;
        });
        PersonCriteria nguyen = new PersonCriteria("nguyen", null);
        PersonCriteria van = new PersonCriteria("Văn", null);
        assertPersons(3, 2, () -> storage.persons().page(nguyen, PageRequest.first(2)));
        assertPersons(3, 2, () -> storage.persons().page(van, PageRequest.firstAfter(2,
                PersonCriteria.keyOf(namesakes.get(NAMESAKES / 2)))));
        assertPersons(3, 2, () -> storage.persons().page(new PersonCriteria("nguyen van 11", null),
                PageRequest.first(2)));
        long before = recordsRead();
        long count = storage.persons().count(nguyen);
        assertThat(recordsRead() - before).as("records read to count a name search").isLessThanOrEqualTo(3);
        assertThat(count).isEqualTo(NAMESAKES);
    }

    private void assertPersons(long mostRead, int items, Supplier<Page<Person>> reading) {
        long before = recordsRead();
        Page<Person> page = reading.get();
        assertThat(recordsRead() - before).as("records read for a name search's page of %d", items)
                .isLessThanOrEqualTo(mostRead);
        assertThat(page.items()).hasSize(items);
        assertThat(page.hasNext()).isTrue();
    }

    private void assertPage(long mostRead, int items, Supplier<Page<Meeting>> reading) {
        long before = recordsRead();
        Page<Meeting> page = reading.get();
        assertThat(recordsRead() - before).as("records read for a page of %d", items).isLessThanOrEqualTo(mostRead);
        assertThat(page.items()).hasSize(items);
    }

    private static Meeting meeting(String id, RelationId relation, LocalDate day, boolean committed) {
        List<Commitment> commitments = committed ? List.of(new Commitment("c1", "Hai bên nhất trí tăng cường hợp tác",
                CommitmentKind.values()[0], List.of(SampleRecords.VN, SampleRecords.JP), List.of(), List.of()))
                : List.of();
        return new Meeting(new MeetingId(id), relation, "Hội đàm " + id, MeetingKind.TALKS, MeetingStatus.HELD,
                PartialDate.of(day), null, "Hà Nội", SampleRecords.VN, null, null, List.of(), List.of(),
                List.of(new Attendance("a1", BUSY, null, SampleRecords.VN, EnumSet.of(AttendanceRole.HOST), List.of())),
                commitments, List.of(), 0);
    }
}
