package org.entente.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.entente.application.command.UpdateMeetingCommand;
import org.entente.application.fake.FakeStorage;
import org.entente.application.history.Change;
import org.entente.application.history.Revision;
import org.entente.application.page.PageRequest;
import org.entente.domain.meeting.Meeting;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final Curation world = new Curation(FakeStorage.create());

    @Test
    void every_change_is_a_revision_naming_actor_versions_and_fields() {
        Meeting meeting = world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        world.meetings.updateMeeting(new UpdateMeetingCommand(meeting.id(), 1, "Eighth dialogue", null, null, null));
        List<Revision> history = new ReadHistoryService(world.revisions)
                .history("Meeting", "spd-8", PageRequest.first(10)).items();
        assertThat(history).extracting(Revision::previousVersion, Revision::version, Revision::operation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 1L, "recordMeeting"),
                        org.assertj.core.groups.Tuple.tuple(1L, 2L, "updateMeeting"));
        assertThat(history.get(1).changedFields()).containsExactly("title");
        assertThat(history).allSatisfy(r -> assertThat(r.actor()).isEqualTo("curator"));
    }

    @Test
    void followers_hear_of_every_stored_change() throws InterruptedException {
        List<Change> heard = new CopyOnWriteArrayList<>();
        CountDownLatch two = new CountDownLatch(2);
        world.changes.changes().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Change item) {
                heard.add(item);
                two.countDown();
            }

            @Override
            public void onError(Throwable throwable) {
            }

            @Override
            public void onComplete() {
            }
        });
        Meeting meeting = world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        world.meetings.updateMeeting(new UpdateMeetingCommand(meeting.id(), 1, "Eighth dialogue", null, null, null));
        assertThat(two.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(new ArrayList<>(heard)).extracting(Change::operation, Change::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("recordMeeting", "jp-vn"),
                        org.assertj.core.groups.Tuple.tuple("updateMeeting", "jp-vn"));
    }
}
