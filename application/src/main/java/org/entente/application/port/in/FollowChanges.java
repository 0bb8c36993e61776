package org.entente.application.port.in;

import java.util.concurrent.Flow;
import org.entente.application.history.Change;

/** Live notice of changes, for subscriptions. */
public interface FollowChanges {
    /** Every change stored from now on, in the order stored, until the subscriber cancels. */
    Flow.Publisher<Change> changes();
}
