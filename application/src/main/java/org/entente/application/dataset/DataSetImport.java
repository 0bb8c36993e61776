package org.entente.application.dataset;

import java.util.List;
import java.util.Map;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.RecordKind;

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

    /** Stores each kind in {@link RecordKind}'s order, sources first. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void store(DataSet set, Storage storage) {
        for (RecordKind kind : RecordKind.values()) {
            store((List) set.of(kind), (AggregateStore) storage.of(kind));
        }
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
