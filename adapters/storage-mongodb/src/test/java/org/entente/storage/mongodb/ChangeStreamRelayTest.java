package org.entente.storage.mongodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.entente.application.history.Change;
import org.junit.jupiter.api.Test;

/**
 * From change events to this process's followers, without a server: a stream scripted event by event, broken on
 * purpose, as a failover breaks it.
 */
class ChangeStreamRelayTest {
    static final Change SIGNED = new Change("Instrument", "instrument-1", 2, "relation-VN-JP", "correctInstrument");
    static final Change MET = new Change("Meeting", "meeting-7", 1, "relation-VN-JP", "recordMeeting");
    static final Change PERSON = new Change("Person", "person-3", 4, null, "mergePersons");

    @Test
    void a_notice_is_the_change_it_was_made_from() {
        for (Change change : List.of(SIGNED, MET, PERSON)) {
            assertThat(ChangeNotices.fromDocument(ChangeNotices.toDocument(change, Instant.EPOCH))).isEqualTo(change);
        }
        assertThat(ChangeNotices.toDocument(SIGNED, Instant.EPOCH).get(ChangeNotices.WRITTEN))
                .isEqualTo(java.util.Date.from(Instant.EPOCH));
    }

    @Test
    void a_document_that_is_no_notice_is_refused_naming_what_it_lacks() {
        assertThatThrownBy(() -> ChangeNotices.fromDocument(new Document("aggregate", "Meeting").append("id", "m")
                .append("operation", "recordMeeting"))).hasMessageContaining("no numeric version");
        assertThatThrownBy(() -> ChangeNotices.fromDocument(new Document("version", 1).append("id", "m")))
                .hasMessageContaining("lacks its aggregate, id or operation");
        assertThatThrownBy(() -> ChangeNotices.fromDocument(null)).hasMessageContaining("holds no document");
    }

    @Test
    void every_notice_reaches_the_followers_in_order_and_a_bad_one_is_skipped() throws InterruptedException {
        ScriptedStream stream = new ScriptedStream();
        stream.session(notice(SIGNED, 1), new Notice(new Document("junk", true), token(2)), notice(MET, 3));
        List<Change> received = Collections.synchronizedList(new ArrayList<>());
        try (ChangeStreamRelay relay = new ChangeStreamRelay(stream::open, received::add, Duration.ofMillis(10))) {
            await(() -> received.size() >= 2);
        }
        assertThat(received).containsExactly(SIGNED, MET);
    }

    @Test
    void a_broken_stream_opens_again_after_the_last_notice_it_read() throws InterruptedException {
        ScriptedStream stream = new ScriptedStream();
        stream.session(notice(SIGNED, 1)).breakWith(new MongoSocketReadException("primary stepped down",
                new ServerAddress()));
        stream.session(notice(MET, 2), notice(PERSON, 3));
        List<Change> received = Collections.synchronizedList(new ArrayList<>());
        try (ChangeStreamRelay relay = new ChangeStreamRelay(stream::open, received::add, Duration.ofMillis(10))) {
            await(() -> received.size() >= 3);
        }
        assertThat(received).containsExactly(SIGNED, MET, PERSON);
        assertThat(stream.openedAfter).startsWith(null, token(1));
    }

    @Test
    void a_resume_point_the_server_no_longer_holds_is_given_up_for_now() throws InterruptedException {
        ScriptedStream stream = new ScriptedStream();
        stream.session(notice(SIGNED, 1)).breakWith(new MongoSocketReadException("gone", new ServerAddress()));
        stream.refuseResume(new MongoCommandException(new BsonDocument("code", new BsonInt32(286))
                .append("errmsg", new BsonString("resume point no longer in the oplog")), new ServerAddress()));
        stream.session(notice(MET, 9));
        List<Change> received = Collections.synchronizedList(new ArrayList<>());
        try (ChangeStreamRelay relay = new ChangeStreamRelay(stream::open, received::add, Duration.ofMillis(10))) {
            await(() -> received.size() >= 2);
        }
        assertThat(received).containsExactly(SIGNED, MET);
        assertThat(stream.openedAfter).startsWith(null, token(1), null);
    }

    @Test
    void closing_stops_the_relay_and_closes_the_stream() throws InterruptedException {
        ScriptedStream stream = new ScriptedStream();
        stream.session();
        ChangeStreamRelay relay = new ChangeStreamRelay(stream::open, change -> { }, Duration.ofMillis(10));
        await(() -> stream.opened == 1);
        relay.close();
        assertThat(stream.opened).isEqualTo(1);
        assertThat(stream.closed).isEqualTo(1);
    }

    private static Notice notice(Change change, int token) {
        return new Notice(ChangeNotices.toDocument(change, Instant.EPOCH), token(token));
    }

    private static BsonDocument token(int at) {
        return new BsonDocument("_data", new BsonString("token-" + at));
    }

    private static void await(Supplier<Boolean> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!done.get() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private record Notice(Document document, BsonDocument token) {
    }

    /** Sessions of a stream, each a list of notices and how it ends; the last one stays open, empty, until closed. */
    private static final class ScriptedStream {
        final Deque<Session> sessions = new ArrayDeque<>();
        final List<BsonDocument> openedAfter = Collections.synchronizedList(new ArrayList<>());
        RuntimeException resumeRefusal;
        volatile int opened;
        volatile int closed;

        ScriptedStream session(Notice... notices) {
            sessions.add(new Session(new ArrayDeque<>(List.of(notices))));
            return this;
        }

        ScriptedStream breakWith(RuntimeException failure) {
            sessions.getLast().end = failure;
            return this;
        }

        void refuseResume(RuntimeException refusal) {
            resumeRefusal = refusal;
        }

        synchronized ChangeStreamRelay.NoticeCursor open(BsonDocument after) {
            openedAfter.add(after);
            if (after != null && resumeRefusal != null) {
                RuntimeException refusal = resumeRefusal;
                resumeRefusal = null;
                throw refusal;
            }
            Session session = sessions.size() > 1 ? sessions.poll() : sessions.peek();
            opened++;
            return new ChangeStreamRelay.NoticeCursor() {
                BsonDocument last = after;
                volatile boolean shut;

                @Override
                public Optional<ChangeStreamRelay.Notice> tryNext() {
                    if (shut) {
                        throw new IllegalStateException("the cursor is closed");
                    }
                    Notice next = session.notices.poll();
                    if (next != null) {
                        last = next.token();
                        return Optional.of(new ChangeStreamRelay.Notice(next.document(), next.token()));
                    }
                    if (session.end != null) {
                        throw session.end;
                    }
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Optional.empty();
                }

                @Override
                public BsonDocument resumeToken() {
                    return last;
                }

                @Override
                public void close() {
                    if (!shut) {
                        shut = true;
                        closed++;
                    }
                }
            };
        }
    }

    private static final class Session {
        final Deque<Notice> notices;
        RuntimeException end;

        Session(Deque<Notice> notices) {
            this.notices = notices;
        }
    }
}
