package org.entente.graphql.load;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dataloader.DataLoader;
import org.entente.domain.common.RecordKind;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;
import org.entente.domain.person.Post;
import org.entente.domain.source.Evidence;

/**
 * What the records of a root page name, asked for as soon as the page is read. graphql-java dispatches the loaders
 * the moment a root field is fetched, before it completes the page's records; so what the query selects of them
 * (each meeting's relation, its attendees, the sources of its evidence) is read in that round trip, and the fields
 * that ask for it later find it loaded and answer at once ({@link org.entente.graphql.fetch.Settled}) instead of
 * each waiting on its own load. It reads only what the query selects, for the records of the page, with the keys
 * the fields use: a field that asks again gets the same loaded record, and storage is called no more often (the
 * loads it moves ahead leave their own level). A failed read fails the fields that use it, as it would have then.
 */
public final class ReadAhead<T> {
    /** What a root page of meetings reads ahead. */
    public static final ReadAhead<Meeting> MEETINGS = new ReadAhead<Meeting>()
            .byId(RecordKind.RELATION, m -> List.of(m.relation()), "relation")
            .byId(RecordKind.MECHANISM, ReadAhead::mechanismOf, "mechanism")
            .byId(RecordKind.VISIT, m -> one(m.visit()), "visit")
            .byId(RecordKind.PERSON, m -> m.attendances().stream().map(Attendance::person).toList(),
                    "attendances/person", "attendances/post")
            .byId(RecordKind.SOURCE, m -> sources(m.evidence().stream()), "evidence/source")
            .byId(RecordKind.SOURCE, m -> sources(m.attendances().stream().flatMap(a -> a.evidence().stream())),
                    "attendances/evidence/source")
            .byId(RecordKind.SOURCE, m -> sources(m.commitments().stream().flatMap(c -> c.evidence().stream())),
                    "commitments/evidence/source")
            .by(RecordLoaders.INSTRUMENTS_OF_MEETING, m -> List.of(m.id()), "instruments")
            .by(RecordLoaders.MECHANISMS_OF_RELATION, m -> List.of(m.relation()), "relation/mechanisms")
            .by(RecordLoaders.SUCCESSOR_OF_MECHANISM, ReadAhead::mechanismOf, "mechanism/successor")
            .by(RecordLoaders.SESSIONS_OF_MECHANISM, ReadAhead::mechanismOf, "mechanism/sessions")
            // once the attendees are read: the organizations of their posts, before the posts are reached (and then
            // those of the posts they held at each meeting too, which are among them; asked for alone, those are
            // left to their level, since the others would be read for nothing)
            .then(RecordKind.PERSON, RecordKind.ORGANIZATION,
                    person -> ((Person) person).posts().stream().map(Post::organization).toList(),
                    "attendances/person/posts/organization");

    /** One read: the loader, the keys a record gives it, and the fields (below the page's items) that use them. */
    private record Read<T>(String loader, Function<T, Collection<?>> keys, List<String> fields) {
    }

    /** A read of what the records another read loaded name: {@code after}'s loader's records give the keys. */
    private record Then(String after, String loader, Function<Object, Collection<?>> keys, List<String> fields) {
    }

    private final List<Read<T>> reads = new ArrayList<>();
    private final List<Then> thens = new ArrayList<>();

    private ReadAhead() {
    }

    private ReadAhead<T> byId(RecordKind kind, Function<T, Collection<?>> ids, String... fields) {
        return by(RecordLoaders.byIdLoader(kind), ids, fields);
    }

    private ReadAhead<T> by(String loader, Function<T, Collection<?>> keys, String... fields) {
        reads.add(new Read<>(loader, keys, List.of(fields)));
        return this;
    }

    private ReadAhead<T> then(RecordKind after, RecordKind kind, Function<Object, Collection<?>> ids,
                              String... fields) {
        thens.add(new Then(RecordLoaders.byIdLoader(after), RecordLoaders.byIdLoader(kind), ids, List.of(fields)));
        return this;
    }

    /** Asks the loaders for what the query selects of {@code page}, the items of the connection {@code env} fetches. */
    public void read(DataFetchingEnvironment env, List<T> page) {
        if (page.isEmpty() || RecordLoaders.isStopped(env)) {
            return;
        }
        Set<String> selected = selectedOfItems(env);
        Map<String, Set<Object>> keysByLoader = new LinkedHashMap<>();
        for (Read<T> read : reads) {
            if (read.fields().stream().noneMatch(selected::contains)) {
                continue;
            }
            Set<Object> keys = keysByLoader.computeIfAbsent(read.loader(), loader -> new LinkedHashSet<>());
            for (T record : page) {
                read.keys().apply(record).stream().filter(Objects::nonNull).forEach(keys::add);
            }
        }
        keysByLoader.forEach((loader, keys) -> {
            if (keys.isEmpty()) {
                return;
            }
            CompletableFuture<List<Object>> loaded = env.<Object, Object>getDataLoader(loader).loadMany(List.copyOf(keys));
            for (Then then : thens) {
                if (then.after().equals(loader) && then.fields().stream().anyMatch(selected::contains)) {
                    // queued when the records arrive, within this dispatch: read in the next one, a level or more
                    // before the fields that use them (a failed read reads nothing more)
                    loaded.thenAccept(records -> {
                        Set<Object> next = new LinkedHashSet<>();
                        records.stream().filter(Objects::nonNull)
                                .forEach(record -> then.keys().apply(record).stream().filter(Objects::nonNull)
                                        .forEach(next::add));
                        if (!next.isEmpty() && !RecordLoaders.isStopped(env)) {
                            env.<Object, Object>getDataLoader(then.loader()).loadMany(List.copyOf(next));
                        }
                    });
                }
            }
        });
    }

    /** The fields selected below each item of the connection, as {@code attendances/person}, by nodes or edges. */
    private static Set<String> selectedOfItems(DataFetchingEnvironment env) {
        Set<String> selected = new HashSet<>();
        for (SelectedField field : env.getSelectionSet().getFields()) {
            String name = field.getQualifiedName();
            if (name.startsWith("nodes/")) {
                selected.add(name.substring("nodes/".length()));
            } else if (name.startsWith("edges/node/")) {
                selected.add(name.substring("edges/node/".length()));
            }
        }
        return selected;
    }

    private static Collection<?> one(Object id) {
        return id == null ? List.of() : List.of(id);
    }

    private static Collection<?> mechanismOf(Meeting meeting) {
        return meeting.session() == null ? List.of() : List.of(meeting.session().mechanism());
    }

    private static Collection<?> sources(Stream<Evidence> evidence) {
        return evidence.map(Evidence::source).toList();
    }
}
