package org.entente.graphql.history;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.entente.application.history.Revision;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.ReadHistory;
import org.entente.domain.common.Aggregate;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.organization.Organization;
import org.entente.domain.person.Person;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.source.Source;
import org.entente.domain.visit.Visit;
import org.entente.graphql.load.RecordLoaders;
import org.entente.graphql.node.NodeType;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listing;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The revision history of every record, oldest first. The pages of the histories of all the records a level of a
 * request reaches are read in one round trip per kind of record and page asked (a data loader), and their totals, when
 * selected, in one more; each reads at most the page and one revision more. The log names each aggregate by its
 * class, which is the schema's type name.
 */
@Controller
public class HistoryController {
    static final Listing<Revision> HISTORY = new Listing<>("revision",
            r -> new Keyset(String.format("%019d", r.version()), r.key()));
    private static final String HISTORIES = "histories";
    private static final String HISTORY_COUNTS = "historyCounts";

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
            Map<NodeType, List<String>> idsByType = new EnumMap<>(NodeType.class);
            keys.forEach(key -> idsByType.computeIfAbsent(key.type(), type -> new ArrayList<>()).add(key.id()));
            idsByType.forEach((type, ids) -> history.countHistories(type.typeName(), ids)
                    .forEach((id, count) -> counts.put(new RecordKey(type, id), count)));
            return counts;
        });
    }

    @SchemaMapping(typeName = "BilateralRelation", field = "history")
    public CompletableFuture<Connection<Revision>> relationHistory(
            BilateralRelation r, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return of(env, NodeType.BILATERAL_RELATION, r, first, after);
    }

    @SchemaMapping(typeName = "Meeting", field = "history")
    public CompletableFuture<Connection<Revision>> meetingHistory(
            Meeting m, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return of(env, NodeType.MEETING, m, first, after);
    }

    @SchemaMapping(typeName = "Person", field = "history")
    public CompletableFuture<Connection<Revision>> personHistory(
            Person p, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return of(env, NodeType.PERSON, p, first, after);
    }

    @SchemaMapping(typeName = "Organization", field = "history")
    public CompletableFuture<Connection<Revision>> organizationHistory(
            Organization o, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return of(env, NodeType.ORGANIZATION, o, first, after);
    }

    @SchemaMapping(typeName = "DialogueMechanism", field = "history")
    public CompletableFuture<Connection<Revision>> mechanismHistory(
            DialogueMechanism m, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return of(env, NodeType.DIALOGUE_MECHANISM, m, first, after);
    }

    @SchemaMapping(typeName = "Visit", field = "history")
    public CompletableFuture<Connection<Revision>> visitHistory(
            Visit v, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return of(env, NodeType.VISIT, v, first, after);
    }

    @SchemaMapping(typeName = "Instrument", field = "history")
    public CompletableFuture<Connection<Revision>> instrumentHistory(
            Instrument i, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return of(env, NodeType.INSTRUMENT, i, first, after);
    }

    @SchemaMapping(typeName = "Invitation", field = "history")
    public CompletableFuture<Connection<Revision>> invitationHistory(
            Invitation i, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return of(env, NodeType.INVITATION, i, first, after);
    }

    @SchemaMapping(typeName = "Event", field = "history")
    public CompletableFuture<Connection<Revision>> eventHistory(
            Event e, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return of(env, NodeType.EVENT, e, first, after);
    }

    @SchemaMapping(typeName = "Source", field = "history")
    public CompletableFuture<Connection<Revision>> sourceHistory(
            Source s, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return of(env, NodeType.SOURCE, s, first, after);
    }

    /** The instant as ISO 8601 in UTC, to the nanosecond where the log keeps it. */
    @SchemaMapping(typeName = "Revision")
    public String at(Revision revision) {
        return revision.at().toString();
    }

    private static CompletableFuture<Connection<Revision>> of(DataFetchingEnvironment env, NodeType type,
                                                             Aggregate<?, ?> record, Integer first, String after) {
        PageRequest request = HISTORY.request(first, after, null, null);
        RecordKey key = new RecordKey(type, record.id().value());
        CompletableFuture<Page<Revision>> page = RecordLoaders.load(env, HISTORIES, new HistoryPage(key, request));
        return page.thenApply(revisions -> HISTORY.countedLater(revisions,
                () -> RecordLoaders.<RecordKey, Long>load(env, HISTORY_COUNTS, key)));
    }

    /** A record of any kind, as the history loaders key it. */
    private record RecordKey(NodeType type, String id) {
    }

    /** A page of one record's history. */
    private record HistoryPage(RecordKey record, PageRequest request) {
    }
}
