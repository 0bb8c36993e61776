package org.entente.storage.mongodb;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.BsonDocument;
import org.bson.Document;
import org.entente.application.port.out.ChangeFeed;

/**
 * Reads the notices' change stream on a thread of its own and hands each change to this process's followers. When
 * the stream breaks (a failover, a server away) it opens it again after its last resume token, so that what was
 * written meanwhile still arrives, in order; when the server no longer holds that point, it starts from now and
 * says once that notices were missed.
 */
final class ChangeStreamRelay implements AutoCloseable {
    private static final Log log = LogFactory.getLog(ChangeStreamRelay.class);
    /** The server's codes for a resume point it no longer has (ChangeStreamHistoryLost, ChangeStreamFatalError). */
    private static final Set<Integer> HISTORY_LOST = Set.of(286, 280);

    /** One notice read, and where the stream stands after it. */
    record Notice(Document document, BsonDocument resumeToken) {
    }

    /** An open stream: the next notice if one came within the server's wait, and where to resume. */
    interface NoticeCursor extends AutoCloseable {
        Optional<Notice> tryNext();

        /** Where to resume after what was read so far (the server's post-batch token), if it said. */
        BsonDocument resumeToken();

        @Override
        void close();
    }

    private final Function<BsonDocument, NoticeCursor> open;
    private final ChangeFeed local;
    private final Duration retryAfter;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile NoticeCursor cursor;
    private BsonDocument resumeToken;

    /** Starts relaying: {@code open} opens the stream after a resume token, or from now when given none. */
    ChangeStreamRelay(Function<BsonDocument, NoticeCursor> open, ChangeFeed local, Duration retryAfter) {
        this.open = open;
        this.local = local;
        this.retryAfter = retryAfter;
        this.thread = new Thread(this::relay, "change-stream-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void relay() {
        boolean failing = false;
        while (running) {
            try (NoticeCursor opened = open.apply(resumeToken)) {
                cursor = opened;
                if (failing) {
                    log.info("The change stream is open again: subscriptions get the changes of every instance");
                    failing = false;
                }
                while (running) {
                    Optional<Notice> next = opened.tryNext();
                    next.ifPresent(this::handOn);
                    BsonDocument token = next.map(Notice::resumeToken).orElseGet(opened::resumeToken);
                    if (token != null) {
                        resumeToken = token;
                    }
                }
            } catch (RuntimeException failure) {
                if (!running) {
                    return;
                }
                if (isHistoryLost(failure) && resumeToken != null) {
                    log.warn("The change stream could not resume where it stopped (the server no longer holds that "
                            + "point): it starts from now, and the changes written meanwhile reach no subscriber");
                    resumeToken = null;
                } else if (!failing) {
                    log.warn("The change stream broke (" + failure.getMessage() + "); opening it again every "
                            + retryAfter.toMillis() + " ms");
                }
                failing = true;
                pause();
            }
        }
    }

    private void handOn(Notice notice) {
        try {
            local.publish(ChangeNotices.fromDocument(notice.document()));
        } catch (IllegalArgumentException notANotice) {
            log.warn("A document in " + ChangeNotices.COLLECTION + " is no change notice, skipped: "
                    + notANotice.getMessage());
        }
    }

    private static boolean isHistoryLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoCommandException command && HISTORY_LOST.contains(command.getErrorCode())) {
                return true;
            }
            if (cause instanceof MongoException mongo && mongo.hasErrorLabel("NonResumableChangeStreamError")) {
                return true;
            }
        }
        return false;
    }

    private void pause() {
        try {
            Thread.sleep(retryAfter.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        NoticeCursor open = cursor;
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException closing) {
                // the stream is being given up: whatever closing it says changes nothing
            }
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
