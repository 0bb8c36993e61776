package org.entente.graphql.node;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.application.port.in.LoadRecords;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.RecordKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Global ids: records looked up by them, and the {@code id} of every kind of record, wired once for all the kinds
 * (as is the type of a {@code Node}: the kind the record says it is).
 */
@Controller
public class NodeController implements RuntimeWiringConfigurer {
    /** A record's global id; trivial, so that graphql-java and spring-graphql call it without wrapping it. */
    private static final DataFetcher<String> ID = (TrivialDataFetcher<String>) env -> {
        Aggregate<?, ?> record = env.getSource();
        return GlobalId.of(record.recordKind(), record.id());
    };

    private final LoadRecords load;

    public NodeController(LoadRecords load) {
        this.load = load;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        for (RecordKind kind : RecordKind.values()) {
            wiring.type(kind.typeName(), type -> type.dataFetcher("id", ID));
        }
        wiring.type("Node", type -> type.typeResolver(env -> env.getSchema()
                .getObjectType(((Aggregate<?, ?>) env.getObject()).recordKind().typeName())));
    }

    @QueryMapping
    public Object node(@Argument String id) {
        GlobalId globalId = GlobalId.decode(id, "id");
        return load.records(globalId.type(), List.of(globalId.localId())).get(globalId.localId());
    }

    /** Every id is read before anything is loaded; then one round trip per kind asked for. */
    @QueryMapping
    public List<Object> nodes(@Argument List<String> ids) {
        List<GlobalId> globalIds = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            globalIds.add(GlobalId.decode(ids.get(i), "ids[" + i + "]"));
        }
        Map<RecordKind, Set<String>> byKind = new EnumMap<>(RecordKind.class);
        for (GlobalId id : globalIds) {
            byKind.computeIfAbsent(id.type(), t -> new LinkedHashSet<>()).add(id.localId());
        }
        Map<RecordKind, Map<String, Aggregate<?, ?>>> found = new EnumMap<>(RecordKind.class);
        byKind.forEach((kind, localIds) -> found.put(kind, load.records(kind, localIds)));
        List<Object> nodes = new ArrayList<>();
        for (GlobalId id : globalIds) {
            nodes.add(found.get(id.type()).get(id.localId()));
        }
        return nodes;
    }
}
