package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.PartialDate;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.source.Evidence;
import org.entente.storage.mongodb.MongoCommandCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * What a nested query costs in MongoDB round trips, counted by the driver's command listener on the running
 * service: the same query at {@code first: 5} and {@code first: 50} sends the same commands. The store gets copies
 * of the shipped meetings first; the context is its own and is closed afterwards.
 */
@ServiceTest
@TestPropertySource(properties = "entente.test.context=round-trips")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundTripsOverHttpTest {
    @LocalServerPort
    int port;

    @Autowired
    MongoCommandCounter commands;

    @Autowired
    Storage storage;

    @Autowired
    MeterRegistry meters;

    /**
     * Fifty-five copies dated before every shipped meeting, so that both pages hold only copies. They cycle through
     * the shipped meetings richest first (sessions of a mechanism, then part of a visit, then by attendances), so
     * that the first five already reach every kind of record the query asks for and the pages differ only in size.
     * (A smaller page may cost one call more, never fewer: a loader skips what an earlier level already loaded.)
     */
    @BeforeAll
    void storeCopiesOfTheShippedMeetings() {
        List<Meeting> shipped = storage.meetings().pageById(PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .sorted(Comparator.comparing((Meeting m) -> m.session() == null)
                        .thenComparing(m -> m.visit() == null)
                        .thenComparing(m -> -m.attendances().size()))
                .toList();
        assertThat(shipped).filteredOn(m -> m.session() != null).hasSizeGreaterThanOrEqualTo(2);
        // every copy cites every source the meetings cite, so that no page finds a source its first level missed
        List<Evidence> everyCitation = shipped.stream().flatMap(m -> m.evidence().stream()).distinct().toList();
        for (int copy = 0; copy < 55; copy++) {
            Meeting m = shipped.get(copy % shipped.size());
            MechanismSession session = m.session() == null ? null
                    : new MechanismSession(m.session().mechanism(), 1000 + copy);
            storage.meetings().save(new Meeting(new MeetingId(String.format("copy-%02d-%s", copy, m.id().value())),
                    m.relation(), m.title() + " (copy " + copy + ")", m.kind(), m.status(),
                    PartialDate.of(LocalDate.of(2020, 1, 1).plusDays(copy)), null, m.city(), m.country(), session,
                    m.visit(), m.areas(), m.outcomes(), m.attendances(), m.commitments(), everyCitation, 0));
        }
    }

    @Test
    void the_commands_do_not_grow_with_the_page_size() {
        Map<String, Long> atFive = commandsFor(5);
        Map<String, Long> atFifty = commandsFor(50);

        assertThat(atFifty).isEqualTo(atFive);
        assertThat(atFive.values().stream().mapToLong(Long::longValue).sum()).isLessThan(40);
    }

    @Test
    void the_commands_are_micrometer_timers_too() {
        commandsFor(5);
        assertThat(meters.find("mongodb.driver.commands").tag("command", "find").timers())
                .isNotEmpty()
                .allSatisfy(timer -> assertThat(timer.count()).isPositive());
    }

    private Map<String, Long> commandsFor(int first) {
        commands.reset();
        ServiceClient.graphQl(port).documentName("nested-meetings").variable("first", first).execute()
                .errors().verify()
                .path("meetings.nodes").entityList(Object.class).hasSize(first)
                .path("meetings.nodes[*].attendances[*].person.name").entityList(String.class)
                .hasSizeGreaterThan(first);
        return commands.counts();
    }
}
