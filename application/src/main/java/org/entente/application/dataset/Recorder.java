package org.entente.application.dataset;

import org.entente.application.port.out.AggregateStore;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;

/** Saves one record of a data set and keeps the history of the change. */
public interface Recorder {
    <I extends AggregateId, A extends Aggregate<I, A>> void save(AggregateStore<I, A> store, A before, A after);
}
