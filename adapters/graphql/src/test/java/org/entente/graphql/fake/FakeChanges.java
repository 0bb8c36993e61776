package org.entente.graphql.fake;

import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import org.entente.application.history.Change;
import org.entente.application.port.in.FollowChanges;

/** Change notices that a test announces by hand, to every subscriber of the moment. */
public final class FakeChanges implements FollowChanges {
    private final SubmissionPublisher<Change> publisher = new SubmissionPublisher<>();

    @Override
    public Flow.Publisher<Change> changes() {
        return publisher;
    }

    public void announce(Change change) {
        publisher.submit(change);
    }

    public int subscribers() {
        return publisher.getNumberOfSubscribers();
    }
}
