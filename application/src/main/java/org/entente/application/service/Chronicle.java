package org.entente.application.service;

import java.time.Clock;
import org.entente.application.history.Change;
import org.entente.application.history.ChangedFields;
import org.entente.application.history.Revision;
import org.entente.application.port.out.Actors;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.ChangeFeed;
import org.entente.application.port.out.Revisions;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.visit.Visit;

/**
 * Saves a change and keeps its record: the revision (who, when, from which version, which fields) and the notice
 * to live followers. The revision is appended after the aggregate is stored, keyed by aggregate and version, so a
 * retried append cannot duplicate it.
 */
public final class Chronicle {
    private final Revisions revisions;
    private final ChangeFeed feed;
    private final Actors actors;
    private final Clock clock;

    public Chronicle(Revisions revisions, ChangeFeed feed, Actors actors, Clock clock) {
        this.revisions = revisions;
        this.feed = feed;
        this.actors = actors;
        this.clock = clock;
    }

    /** Saves {@code after} (read as {@code before}, absent for a creation) and records the change as {@code operation}. */
    public <I extends AggregateId, A extends Aggregate<I, A>> A save(AggregateStore<I, A> store, A before, A after,
                                                                    String operation) {
        A saved = store.save(after);
        String aggregate = saved.getClass().getSimpleName();
        revisions.append(new Revision(aggregate, saved.id().value(), saved.version(), saved.version() - 1,
                actors.current(), clock.instant(), operation,
                ChangedFields.between((Record) before, (Record) saved)));
        feed.publish(new Change(aggregate, saved.id().value(), saved.version(), relationOf(saved), operation));
        return saved;
    }

    private static String relationOf(Object aggregate) {
        if (aggregate instanceof BilateralRelation r) {
            return r.id().value();
        } else if (aggregate instanceof Meeting m) {
            return m.relation().value();
        } else if (aggregate instanceof Instrument i) {
            return i.relation().value();
        } else if (aggregate instanceof DialogueMechanism m) {
            return m.relation().value();
        } else if (aggregate instanceof Invitation i) {
            return i.relation().value();
        } else if (aggregate instanceof Event e) {
            return e.relation().value();
        } else if (aggregate instanceof Visit v) {
            return v.relation().value();
        }
        return null;
    }
}
