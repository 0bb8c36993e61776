package org.entente.application.service;

import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import org.entente.application.history.Change;
import org.entente.application.port.in.FollowChanges;
import org.entente.application.port.out.ChangeFeed;

/**
 * Changes announced within one process, handed to every live follower. A follower too slow to keep up loses
 * notices rather than holding up writers; a multi-instance deployment puts a broker behind {@link ChangeFeed}.
 */
public final class ChangeBroadcast implements ChangeFeed, FollowChanges, AutoCloseable {
    private final SubmissionPublisher<Change> publisher = new SubmissionPublisher<>();

    @Override
    public void publish(Change change) {
        publisher.offer(change, (subscriber, dropped) -> false);
    }

    @Override
    public Flow.Publisher<Change> changes() {
        return publisher;
    }

    @Override
    public void close() {
        publisher.close();
    }
}
