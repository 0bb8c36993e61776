package org.entente.application.dataset;

import java.util.List;
import java.util.Map;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;

/** Stores a checked data set in dependency order, leaving unchanged records alone. */
final class DataSetImport {
    private final Recorder recorder;
    private int created;
    private int updated;
    private int unchanged;

    DataSetImport(Recorder recorder) {
        this.recorder = recorder;
    }

    int created() {
        return created;
    }

    int updated() {
        return updated;
    }

    int unchanged() {
        return unchanged;
    }

    void store(DataSet set, Storage storage) {
        store(set.sources(), storage.sources());
        store(set.organizations(), storage.organizations());
        store(set.persons(), storage.persons());
        store(set.relations(), storage.relations());
        store(set.mechanisms(), storage.mechanisms());
        store(set.visits(), storage.visits());
        store(set.meetings(), storage.meetings());
        store(set.instruments(), storage.instruments());
        store(set.invitations(), storage.invitations());
        store(set.events(), storage.events());
    }

    private <I extends AggregateId, A extends Aggregate<I, A>> void store(List<A> records, AggregateStore<I, A> store) {
        Map<I, A> stored = store.findAllById(records.stream().map(Aggregate::id).toList());
        for (A record : records) {
            A current = stored.get(record.id());
            if (current == null) {
                recorder.save(store, null, record.withVersion(0));
                created++;
            } else if (current.withVersion(0).equals(record.withVersion(0))) {
                unchanged++;
            } else {
                recorder.save(store, current, record.withVersion(current.version()));
                updated++;
            }
        }
    }
}
