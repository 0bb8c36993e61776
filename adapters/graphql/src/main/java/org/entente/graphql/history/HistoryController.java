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
 * The revision history of every record, oldest first. The histories of all the records a request reaches are read
 * in one round trip per kind of record (a data loader), whatever the number of records; each {@code history} field
 * is then cut from its record's history. The log names each aggregate by its class, which is the schema's type name.
 */
@Controller
public class HistoryController {
    static final Listing<Revision> HISTORY = new Listing<>("revision",
            r -> new Keyset(String.format("%019d", r.version()), r.key()));
    private static final String HISTORIES = "histories";

    public HistoryController(ReadHistory history, BatchLoaderRegistry registry) {
        RecordLoaders.<RecordKey, Listing.Ordered<Revision>>register(registry, HISTORIES, keys -> {
            Map<RecordKey, Listing.Ordered<Revision>> histories = new LinkedHashMap<>();
            Map<NodeType, List<String>> idsByType = new EnumMap<>(NodeType.class);
            keys.forEach(key -> idsByType.computeIfAbsent(key.type(), type -> new ArrayList<>()).add(key.id()));
            idsByType.forEach((type, ids) -> {
                Map<String, List<Revision>> read = history.histories(type.typeName(), ids);
                ids.forEach(id -> histories.put(new RecordKey(type, id),
                        HISTORY.order(read.getOrDefault(id, List.of()))));
            });
            return histories;
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
        CompletableFuture<Listing.Ordered<Revision>> all = RecordLoaders.load(env, HISTORIES,
                new RecordKey(type, record.id().value()));
        return all.thenApply(revisions -> HISTORY.slice(revisions, request));
    }

    /** A record of any kind, as the history loader keys it. */
    private record RecordKey(NodeType type, String id) {
    }
}
