package org.entente.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.dataset.DataSet;
import org.entente.application.dataset.ImportReport;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Actors;
import org.entente.application.port.out.Storage;
import org.entente.application.service.ChangeBroadcast;
import org.entente.application.service.Chronicle;
import org.entente.application.service.DataSetService;
import org.entente.dataset.DataSetReader;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.PersonId;
import org.entente.storage.memory.InMemoryStorage;
import org.junit.jupiter.api.Test;

/**
 * The generated data set of the scale benchmark is a valid data set file: it reads through the real reader and is
 * imported whole by the real import over the in-memory store, the same bytes every time; and it has the shape the
 * benchmark's figures rely on.
 */
class ScaleDataSetFileTest {

    @Test
    void readsAndImportsWithoutAProblem() {
        int meetings = 1000;
        DataSet set = new DataSetReader().read(generate(meetings), "scale-1000.json");
        Storage storage = imported(set);

        ScaleDataSet plan = new ScaleDataSet(meetings);
        assertThat(storage.meetings().count()).isEqualTo(meetings);
        assertThat(storage.relations().count()).isEqualTo(ScaleDataSet.RELATIONS);
        assertThat(storage.persons().count()).isEqualTo(20L * plan.personsPerCountry());
        assertThat(storage.sources().count()).isEqualTo(meetings / ScaleDataSet.MEETINGS_PER_SOURCE);
        assertThat(storage.instruments().count()).isEqualTo(meetings / 5);
        assertThat(storage.mechanisms().count()).isEqualTo(3L * ScaleDataSet.RELATIONS);
        assertThat(set.meetings()).allSatisfy(m -> assertThat(m.attendances()).hasSize(4));
        assertThat(set.instruments()).allSatisfy(i -> assertThat(i.signatories()).hasSize(2));
        assertThat(set.meetings().stream().filter(m -> !m.commitments().isEmpty())).isNotEmpty();
        assertThat(set.invitations()).hasSize(meetings / 20);
        assertThat(set.events()).hasSize(meetings / 20);
        assertThat(set.visits()).hasSize(meetings / 10);
        assertThat(set.mechanisms().stream().filter(m -> m.predecessor() != null)).hasSize(ScaleDataSet.RELATIONS);

        // the shape the benchmark's figures rely on: four sessions a mechanism, a person at about twenty meetings,
        // the first page of meetings all of the first day
        Map<String, Long> sessions = set.meetings().stream().filter(m -> m.session() != null)
                .collect(Collectors.groupingBy(m -> m.session().mechanism().value(), Collectors.counting()));
        assertThat(sessions).hasSize(3 * ScaleDataSet.RELATIONS);
        assertThat(sessions.values()).containsOnly(4L);
        Map<PersonId, Long> attended = set.meetings().stream().flatMap(m -> m.attendances().stream())
                .collect(Collectors.groupingBy(a -> a.person(), Collectors.counting()));
        assertThat(attended).hasSize(set.persons().size());
        assertThat(attended.values()).allSatisfy(n -> assertThat(n).isBetween(10L, 30L));
        List<Meeting> firstPage = storage.meetings().page(MeetingCriteria.ALL, PageRequest.first(20)).items();
        assertThat(firstPage).allSatisfy(m -> assertThat(m.startDate().toString()).isEqualTo("2023-01-01"));
    }

    /** The fewest meetings a set may have: two a relation, so no relation has its second mechanism's sessions. */
    @Test
    void theSmallestSetImportsToo() {
        DataSet set = new DataSetReader().read(generate(100), "scale-100.json");
        assertThat(imported(set).meetings().count()).isEqualTo(100);
        assertThat(set.mechanisms().stream().filter(m -> m.predecessor() != null)).isEmpty();
    }

    @Test
    void theSameBytesEveryTime() {
        assertThat(generate(300)).isEqualTo(generate(300));
    }

    @Test
    void tooFewMeetingsAreRefused() {
        assertThatThrownBy(() -> generate(99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 100 meetings");
    }

    /** What makes the first page cost the same at every size: the same twenty meetings, eighty persons. */
    @Test
    void theFirstDayIsTheSameAtEverySize() {
        List<String> small = firstDay(new ScaleDataSet(1000));
        assertThat(firstDay(new ScaleDataSet(100_000))).isEqualTo(small);
        Set<String> persons = new HashSet<>();
        for (int g = 0; g < ScaleDataSet.MEETINGS_PER_DAY; g++) {
            new ScaleMeeting(new ScaleDataSet(1000), g).attendees.forEach(a -> persons.add(a.id()));
        }
        assertThat(persons).hasSize(4 * ScaleDataSet.MEETINGS_PER_DAY);
    }

    /** A person's meetings page holds other persons at every size, not the same three co-attendees again. */
    @Test
    void aPersonMeetsEverOtherPersons() {
        for (int meetings : new int[] {1000, 10_000, 100_000}) {
            ScaleDataSet plan = new ScaleDataSet(meetings);
            String probe = plan.personId(0, 0);
            Set<String> met = new HashSet<>();
            int attended = 0;
            for (int g = 0; g < meetings && attended < 10; g++) {
                ScaleMeeting meeting = new ScaleMeeting(plan, g);
                if (meeting.attendees.stream().anyMatch(a -> a.id().equals(probe))) {
                    attended++;
                    meeting.attendees.forEach(a -> met.add(a.id()));
                }
            }
            assertThat(attended).isEqualTo(10);
            assertThat(met).hasSizeGreaterThan(12);
        }
    }

    /** The set imported, whole, through the application's import over an empty in-memory store. */
    private static Storage imported(DataSet set) {
        Storage storage = InMemoryStorage.empty();
        ImportReport report = new DataSetService(storage, new Chronicle(storage, new ChangeBroadcast(),
                () -> Actors.SYSTEM, Clock.systemUTC())).importDataSet("scale.json", set);
        assertThat(report.created()).isEqualTo(set.size());
        return storage;
    }

    private static List<String> firstDay(ScaleDataSet plan) {
        return java.util.stream.IntStream.range(0, ScaleDataSet.MEETINGS_PER_DAY)
                .mapToObj(g -> new ScaleMeeting(plan, g))
                .map(m -> m.id() + " " + m.attendees.stream().map(ScaleMeeting.Attendee::id).toList())
                .toList();
    }

    private static byte[] generate(int meetings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScaleDataSetFile.write(meetings, out);
        return out.toByteArray();
    }
}
