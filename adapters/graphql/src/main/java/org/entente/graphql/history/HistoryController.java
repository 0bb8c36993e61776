package org.entente.graphql.history;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.entente.application.history.Revision;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.ReadHistory;
import org.entente.domain.common.Aggregate;
import org.entente.graphql.load.LoadedField;
import org.entente.graphql.load.RecordLoaders;
import org.entente.domain.common.RecordKind;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listing;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Controller;

/**
 * The revision history of every record, oldest first. The pages of the histories of all the records a level of a
 * request reaches are read in one round trip per kind of record and page asked (a data loader), and their totals, when
 * selected, in one more; each reads at most the page and one revision more. The log names each aggregate by its
 * kind's type name, which is the schema's; the {@code history} field of every kind is wired once, here.
 */
@Controller
public class HistoryController implements RuntimeWiringConfigurer {
    static final Listing<Revision> HISTORY = new Listing<>("revision",
            Revision::keyOf);
    private static final String HISTORIES = "histories";
    private static final String HISTORY_COUNTS = "historyCounts";

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        LoadedField<Connection<Revision>> history = new LoadedField<>("HistoryController.history",
                ResolvableType.forClassWithGenerics(Connection.class, Revision.class),
                Map.of("first", ResolvableType.forClass(Integer.class), "after", ResolvableType.forClass(String.class)),
                env -> of(env, env.getSource(), env.getArgument("first"), env.getArgument("after")));
        for (RecordKind kind : RecordKind.values()) {
            wiring.type(kind.typeName(), type -> type.dataFetcher("history", history));
        }
    }

    public HistoryController(ReadHistory history, BatchLoaderRegistry registry) {
        RecordLoaders.<HistoryPage, Page<Revision>>register(registry, HISTORIES, keys -> {
            Map<HistoryPage, Page<Revision>> pages = new LinkedHashMap<>();
            Map<HistoryPage, List<String>> idsByKindAndPage = new LinkedHashMap<>();
            keys.forEach(key -> idsByKindAndPage.computeIfAbsent(new HistoryPage(new RecordKey(key.record().type(), ""),
                    key.request()), k -> new ArrayList<>()).add(key.record().id()));
            idsByKindAndPage.forEach((kindAndPage, ids) -> history.histories(kindAndPage.record().type().typeName(),
                    ids, kindAndPage.request()).forEach((id, page) -> pages.put(new HistoryPage(
                    new RecordKey(kindAndPage.record().type(), id), kindAndPage.request()), page)));
            return pages;
        });
        RecordLoaders.<RecordKey, Long>register(registry, HISTORY_COUNTS, keys -> {
            Map<RecordKey, Long> counts = new LinkedHashMap<>();
            Map<RecordKind, List<String>> idsByType = new EnumMap<>(RecordKind.class);
            keys.forEach(key -> idsByType.computeIfAbsent(key.type(), type -> new ArrayList<>()).add(key.id()));
            idsByType.forEach((type, ids) -> history.countHistories(type.typeName(), ids)
                    .forEach((id, count) -> counts.put(new RecordKey(type, id), count)));
            return counts;
        });
    }

    /** The instant as ISO 8601 in UTC, to the nanosecond where the log keeps it. */
    @SchemaMapping(typeName = "Revision")
    public String at(Revision revision) {
        return revision.at().toString();
    }

    private static CompletableFuture<Connection<Revision>> of(DataFetchingEnvironment env, Aggregate<?, ?> record,
                                                             Integer first, String after) {
        PageRequest request = HISTORY.request(first, after, null, null);
        RecordKey key = new RecordKey(record.recordKind(), record.id().value());
        CompletableFuture<Page<Revision>> page = RecordLoaders.load(env, HISTORIES, new HistoryPage(key, request));
        return HISTORY.loaded(env, page, () -> RecordLoaders.<RecordKey, Long>load(env, HISTORY_COUNTS, key));
    }

    /** A record of any kind, as the history loaders key it. */
    private record RecordKey(RecordKind type, String id) {
    }

    /** A page of one record's history. */
    private record HistoryPage(RecordKey record, PageRequest request) {
    }
}
