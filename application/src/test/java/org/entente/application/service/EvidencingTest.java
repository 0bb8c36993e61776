package org.entente.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.application.command.AttendanceInput;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.fake.FakeStorage;
import org.entente.application.port.out.Sources;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.RulesBroken;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.MeetingId;
import org.junit.jupiter.api.Test;

/** A source carries its whole text: a command loads the sources of all its citations in one call. */
class EvidencingTest {
    private final AtomicInteger sourceLoads = new AtomicInteger();
    private final Curation world = new Curation(counted(FakeStorage.create()));

    @Test
    void a_meeting_and_its_attendances_cite_through_one_load() {
        RecordMeetingCommand c = Curation.dialogue("spd-8", 8, "held talks with his Japanese counterpart");
        RecordMeetingCommand three = new RecordMeetingCommand(c.id(), c.relation(), c.title(), c.kind(), c.status(),
                c.startDate(), c.endDate(), c.city(), c.country(), c.session(), c.visit(), c.areas(), c.outcomes(),
                List.of(c.attendances().get(0), c.attendances().get(1), new AttendanceInput("office", null,
                        "Ambassador of Japan", Curation.JP, Set.of(AttendanceRole.DELEGATE),
                        List.of(Curation.quote("Japan"), Curation.quote("Việt Nam-Japan")))),
                c.evidence());
        sourceLoads.set(0);

        world.meetings.recordMeeting(three);

        assertThat(sourceLoads).hasValue(1);
        assertThat(world.storage.meetings().findById(new MeetingId("spd-8")).orElseThrow().citations()).hasSize(4);
    }

    @Test
    void every_bad_quote_of_the_command_is_refused_together_after_one_load() {
        RecordMeetingCommand c = Curation.dialogue("spd-9", 9, "held talks in Osaka");
        RecordMeetingCommand bad = new RecordMeetingCommand(c.id(), c.relation(), c.title(), c.kind(), c.status(),
                c.startDate(), c.endDate(), c.city(), c.country(), c.session(), c.visit(), c.areas(), c.outcomes(),
                List.of(new AttendanceInput("vu", Curation.VU, null, Curation.VN, Set.of(AttendanceRole.CO_CHAIR),
                        List.of(Curation.quote("Nguyễn Minh Vũ chaired")))), c.evidence());
        sourceLoads.set(0);

        Throwable refused = catchThrowable(() -> world.meetings.recordMeeting(bad));

        assertThat(sourceLoads).hasValue(1);
        assertThat(refused).isInstanceOf(RulesBroken.class);
        assertThat(((RulesBroken) refused).broken()).extracting(e -> e.rule())
                .containsExactly("QUOTE_NOT_IN_SOURCE", "QUOTE_NOT_IN_SOURCE");
        assertThat(world.storage.meetings().findById(new MeetingId("spd-9"))).isEmpty();
    }

    /** The store with its sources' port counting each batch load. */
    private Storage counted(Storage s) {
        Sources real = s.sources();
        Sources counting = (Sources) Proxy.newProxyInstance(Sources.class.getClassLoader(), new Class<?>[] {Sources.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findAllById") || method.getName().equals("findById")) {
                        sourceLoads.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return s.with(RecordKind.SOURCE, counting);
    }
}
