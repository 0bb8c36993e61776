package org.entente.graphql.load;

import graphql.schema.DataFetchingEnvironment;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.entente.application.port.in.LoadRecords;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.RecordKind;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.graphql.cost.RunningRequest;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The data loaders behind every nested field that reads storage: each gathers the keys of one level of a
 * query and loads them with one call of {@link LoadRecords}, so that a request costs a number of round trips
 * set by the query's shape and never by its page size. A record asked for twice in a request is loaded once.
 */
@Component
public class RecordLoaders {
    /** Each kind's loader of its records by id, named by the kind's word ({@code meetings}). */
    private static final Map<RecordKind, String> BY_ID = new EnumMap<>(RecordKind.class);
    static {
        for (RecordKind kind : RecordKind.values()) {
            BY_ID.put(kind, kind.word() + "s");
        }
    }
    static final String MECHANISMS_OF_RELATION = "mechanismsOfRelation";
    static final String SUCCESSOR_OF_MECHANISM = "successorOfMechanism";
    static final String SESSIONS_OF_MECHANISM = "sessionsOfMechanism";
    static final String INSTRUMENTS_OF_MEETING = "instrumentsOfMeeting";
    /**
     * The most keys one storage call of a loader takes: a page of a hundred meetings' four hundred attendees is one
     * call; a level of a request far past the default limits is several, with a look at the request between them.
     */
    static final int SLICE = 1_000;

    @SuppressWarnings({"unchecked", "rawtypes"}) // each kind's class is an aggregate of that kind's ids
    public RecordLoaders(BatchLoaderRegistry registry, LoadRecords load) {
        for (RecordKind kind : RecordKind.values()) {
            byId(registry, BY_ID.get(kind), (Class) kind.type(), load);
        }
        register(registry, MECHANISMS_OF_RELATION, load::mechanismsOf);
        register(registry, SUCCESSOR_OF_MECHANISM, load::successorsOf);
        register(registry, SESSIONS_OF_MECHANISM, load::sessionsOf);
        register(registry, INSTRUMENTS_OF_MEETING, load::instrumentsConcludedAt);
    }

    /** Registers the loader {@code name} of the records of {@code type} by their ids. */
    private static <I extends AggregateId, A extends Aggregate<I, A>> void byId(BatchLoaderRegistry registry,
                                                                                String name, Class<A> type,
                                                                                LoadRecords load) {
        register(registry, name, (Collection<I> ids) -> load.byId(type, ids));
    }

    /**
     * Registers a loader that answers a whole batch of keys with one call, unless the request it loads for has been
     * stopped (out of time, too large, its client gone): then it calls nothing.
     */
    public static <K, V> void register(BatchLoaderRegistry registry, String name,
                                       Function<Collection<K>, Map<K, V>> batch) {
        registry.<K, V>forName(name).registerMappedBatchLoader(
                (Set<K> keys, org.dataloader.BatchLoaderEnvironment env) -> Mono.fromSupplier(() -> {
                    // A stopped request loads nothing, and what was read while it stopped is not used: its keys
                    // answer null, which ends the query's tree there at no cost (an error per key would be resolved
                    // one by one, and a level of a deep request holds hundreds of thousands); its answer is the
                    // stop's error anyway.
                    // A batch is read a slice of keys at a time, so that a request stopped while a huge level of it
                    // is read (hundreds of thousands of keys) waits for one slice, not for the whole level.
                    Optional<RunningRequest> running = RunningRequest.in(env.getContext());
                    List<K> all = List.copyOf(keys);
                    Map<K, V> loaded = new java.util.HashMap<>();
                    for (int from = 0; from < all.size(); from += SLICE) {
                        if (running.isPresent() && !running.get().checkpoint()) {
                            return Map.<K, V>of();
                        }
                        loaded.putAll(batch.apply(all.subList(from, Math.min(all.size(), from + SLICE))));
                    }
                    return running.isPresent() && !running.get().checkpoint() ? Map.<K, V>of() : loaded;
                }));
    }

    /** The record of {@code type} named by {@code id}, from that kind's loader; null at once for no id. */
    public static <I extends AggregateId, A extends Aggregate<I, A>> CompletableFuture<A> byId(
            DataFetchingEnvironment env, Class<A> type, I id) {
        return load(env, BY_ID.get(RecordKind.of(type)), id);
    }

    public static CompletableFuture<List<Person>> persons(DataFetchingEnvironment env, List<PersonId> ids) {
        if (isStopped(env)) {
            return CompletableFuture.completedFuture(List.of());
        }
        DataLoader<PersonId, Person> loader = env.getDataLoader(BY_ID.get(RecordKind.PERSON));
        return loader.loadMany(ids).thenApply(found -> found.stream().filter(Objects::nonNull).toList());
    }

    public static CompletableFuture<List<DialogueMechanism>> mechanismsOf(DataFetchingEnvironment env, RelationId id) {
        return loadList(env, MECHANISMS_OF_RELATION, id);
    }

    public static CompletableFuture<DialogueMechanism> successorOf(DataFetchingEnvironment env, MechanismId id) {
        return load(env, SUCCESSOR_OF_MECHANISM, id);
    }

    public static CompletableFuture<List<Meeting>> sessionsOf(DataFetchingEnvironment env, MechanismId id) {
        return loadList(env, SESSIONS_OF_MECHANISM, id);
    }

    public static CompletableFuture<List<Instrument>> instrumentsConcludedAt(DataFetchingEnvironment env,
                                                                             MeetingId id) {
        return loadList(env, INSTRUMENTS_OF_MEETING, id);
    }

    /** The name of the loader of {@code kind}'s records by id. */
    static String byIdLoader(RecordKind kind) {
        return BY_ID.get(kind);
    }

    /** The value for {@code key} from the loader {@code name}; null at once for an absent key. */
    public static <K, V> CompletableFuture<V> load(DataFetchingEnvironment env, String name, K key) {
        if (key == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (isStopped(env)) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<K, V> loader = env.getDataLoader(name);
        return loader.load(key);
    }

    /**
     * Whether the request is stopped: a load queued now would wait for a dispatch its execution may never reach, so
     * it answers nothing at once, as the loaders of a stopped request do.
     */
    static boolean isStopped(DataFetchingEnvironment env) {
        return RunningRequest.in(env.getGraphQlContext()).filter(RunningRequest::isStopped).isPresent();
    }

    private static <K, V> CompletableFuture<List<V>> loadList(DataFetchingEnvironment env, String name, K key) {
        CompletableFuture<List<V>> list = load(env, name, key);
        return list.thenApply(values -> values == null ? List.of() : values);
    }
}
