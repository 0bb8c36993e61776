package org.entente.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.entente.application.history.Change;
import org.entente.application.history.ChangedFields;
import org.entente.application.history.Revision;
import org.entente.application.port.out.Actors;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.ChangeFeed;
import org.entente.application.port.out.Revisions;
import org.entente.application.port.out.Storage;
import org.entente.application.port.out.Transactions;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.InRelation;

/**
 * Saves a change and keeps its record: the revision (who, when, from which version, which fields) and the notice
 * to live followers. The aggregate and its revision are written in one unit of work, so that after any failure or
 * crash a record's history holds exactly one revision per version; the notice goes out once the unit is durable.
 */
public final class Chronicle {
    private final Revisions revisions;
    private final Transactions transactions;
    private final ChangeFeed feed;
    private final Actors actors;
    private final Clock clock;
    /** The notices of the unit open on this thread, sent when it ends well; absent outside a unit. */
    private final ThreadLocal<List<Change>> unsent = new ThreadLocal<>();

    public Chronicle(Storage storage, ChangeFeed feed, Actors actors, Clock clock) {
        this.revisions = storage.revisions();
        this.transactions = storage.transactions();
        this.feed = feed;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * Runs {@code work} as one unit of work: every change it saves here, and whatever else it writes through the
     * store, is kept together or not at all, durably once this returns. Inside a unit already open on this thread
     * it joins that unit.
     */
    public <T> T atomically(Supplier<T> work) {
        if (unsent.get() != null) {
            return work.get();
        }
        List<Change> notices = new ArrayList<>();
        unsent.set(notices);
        T result;
        try {
            // a store may run the work again (a transaction retried after a conflict): only the last run's notices count
            result = transactions.inOne(() -> {
                notices.clear();
                return work.get();
            });
        } finally {
            unsent.remove();
        }
        notices.forEach(feed::publish);
        return result;
    }

    /** Saves {@code after} (read as {@code before}, absent for a creation) and records the change as {@code operation}. */
    public <I extends AggregateId, A extends Aggregate<I, A>> A save(AggregateStore<I, A> store, A before, A after,
                                                                    String operation) {
        return atomically(() -> {
            A saved = store.save(after);
            String aggregate = saved.recordKind().typeName();
            revisions.append(new Revision(aggregate, saved.id().value(), saved.version(), saved.version() - 1,
                    actors.current(), clock.instant(), operation,
                    ChangedFields.between((Record) before, (Record) saved)));
            unsent.get().add(new Change(aggregate, saved.id().value(), saved.version(), relationOf(saved), operation));
            return saved;
        });
    }

    /** The relation the record belongs to, which the change feed filters by; null for records of none. */
    private static String relationOf(Aggregate<?, ?> aggregate) {
        return aggregate instanceof InRelation inRelation ? inRelation.relation().value() : null;
    }
}
