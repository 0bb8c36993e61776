package org.entente.graphql.fake;

import java.util.List;
import java.util.function.Consumer;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.application.service.BrowseRecordsService;
import org.entente.application.service.ExploreRelationsService;
import org.entente.application.service.LoadRecordsService;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.storage.memory.InMemoryStorage;

/**
 * The application's own read use cases over the in-memory store, seeded with samples, with its ports counted (and
 * breakable) through {@link CountedStorage}: what the GraphQL tests read through, so that they run the real rules.
 */
public final class StoredReads {
    private final Samples data;
    private final CountedStorage counted;
    private final ExploreRelationsService explore;
    private final BrowseRecordsService browse;
    private final LoadRecordsService load;

    public StoredReads(Samples data) {
        this.data = data;
        Storage storage = InMemoryStorage.empty();
        storage.transactions().inOne(() -> {
            seed(storage.sources(), data.sources);
            seed(storage.organizations(), data.organizations);
            seed(storage.persons(), data.persons);
            seed(storage.relations(), data.relations);
            seed(storage.mechanisms(), data.mechanisms);
            seed(storage.visits(), data.visits);
            seed(storage.meetings(), data.meetings);
            seed(storage.instruments(), data.instruments);
            seed(storage.invitations(), data.invitations);
            seed(storage.events(), data.events);
            return null;
        });
        this.counted = new CountedStorage(storage);
        Storage s = counted.storage();
        this.explore = new ExploreRelationsService(s.relations(), s.meetings(), s.instruments(), s.events());
        this.browse = new BrowseRecordsService(s);
        this.load = new LoadRecordsService(s);
    }

    public Samples data() {
        return data;
    }

    public ExploreRelationsService explore() {
        return explore;
    }

    public BrowseRecordsService browse() {
        return browse;
    }

    public LoadRecordsService load() {
        return load;
    }

    /** The store's counted ports: their calls and their failures on demand. */
    public CountedStorage ports() {
        return counted;
    }

    private static <I extends AggregateId, A extends Aggregate<I, A>> void seed(AggregateStore<I, A> store,
                                                                                List<A> records) {
        Consumer<A> save = record -> store.save(record.withVersion(0));
        records.forEach(save);
    }
}
