package org.entente.bootstrap.bench;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.history.Revision;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.CommitmentAt;
import org.entente.application.port.in.TimelineEntry;
import org.entente.application.port.in.TimelineWindow;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Aggregate;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.Party;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;
import org.entente.domain.person.Post;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.source.Evidence;
import org.entente.domain.visit.Visit;
import org.entente.graphql.meeting.AttendanceAt;
import org.entente.graphql.node.GlobalId;
import org.entente.domain.common.RecordKind;
import org.entente.graphql.scalar.DateInput;
import org.entente.graphql.scalar.DateScalar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * graphql-java alone: the service's schema, from the same SDL files, wired with plain data fetchers over the
 * records of a store read once into maps and lists sorted once; no Spring in the execution, no data loader, no
 * storage. The storage-free limit the service's engine is measured against. It answers the fields the nested
 * meeting page selects, the way the service does (the benchmark checks that both answers are the same), and
 * refuses arguments that page does not use rather than answer them wrongly.
 */
final class StorageFreeEngine {
    /** A mechanism's session, as the schema's {@code MechanismSession}. */
    record Session(int number, Meeting meeting) {
    }

    private final Map<Object, Object> byId = new HashMap<>();
    private final List<Meeting> meetings;
    private final Map<Object, List<Meeting>> meetingsOfRelation = new HashMap<>();
    private final Map<Object, List<Meeting>> meetingsOfPerson = new HashMap<>();
    private final Map<Object, List<Meeting>> sessionsOf = new HashMap<>();
    private final Map<Object, List<Instrument>> instrumentsAt = new HashMap<>();
    private final Map<Object, List<DialogueMechanism>> mechanismsOf = new HashMap<>();
    private final Map<Object, DialogueMechanism> successorOf = new HashMap<>();
    private final Map<Object, List<CommitmentAt>> commitmentsOf = new HashMap<>();
    private final Map<Object, List<TimelineEntry>> timelineOf = new HashMap<>();
    private final Map<String, List<Revision>> histories = new HashMap<>();
    private final GraphQL graphQL;
    private final boolean throughLoaders;

    StorageFreeEngine(Storage storage) throws IOException {
        this(storage, false);
    }

    /**
     * With {@code throughLoaders}, every field wired here with a fetcher of its own is fetched through one data
     * loader, dispatched by graphql-java level by level as the service's loaders are: the same work, answered
     * through futures. What batching itself costs graphql-java, measured apart from the service.
     */
    StorageFreeEngine(Storage storage, boolean throughLoaders) throws IOException {
        this.throughLoaders = throughLoaders;
        all(storage.relations()).forEach(r -> byId.put(r.id(), r));
        all(storage.persons()).forEach(p -> byId.put(p.id(), p));
        all(storage.organizations()).forEach(o -> byId.put(o.id(), o));
        all(storage.sources()).forEach(s -> byId.put(s.id(), s));
        all(storage.visits()).forEach(v -> byId.put(v.id(), v));
        List<DialogueMechanism> mechanisms = all(storage.mechanisms());
        mechanisms.forEach(m -> byId.put(m.id(), m));
        meetings = all(storage.meetings());
        List<Instrument> instruments = all(storage.instruments());
        instruments.forEach(i -> byId.put(i.id(), i));
        meetings.sort(Comparator.comparing(MeetingCriteria::keyOf));
        for (Meeting m : meetings) {
            byId.put(m.id(), m);
            meetingsOfRelation.computeIfAbsent(m.relation(), k -> new ArrayList<>()).add(m);
            m.attendances().stream().filter(a -> a.person() != null)
                    .forEach(a -> meetingsOfPerson.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(m));
            if (m.session() != null) {
                sessionsOf.computeIfAbsent(m.session().mechanism(), k -> new ArrayList<>()).add(m);
            }
            CommitmentAt.of(m).forEach(c -> commitmentsOf.computeIfAbsent(m.relation(), k -> new ArrayList<>()).add(c));
            timelineOf.computeIfAbsent(m.relation(), k -> new ArrayList<>()).add(new TimelineEntry.MeetingHeld(m));
        }
        sessionsOf.values().forEach(list -> list.sort(Comparator.comparingInt(m -> m.session().number())));
        commitmentsOf.values().forEach(list -> list.sort(Comparator.comparing(CommitmentAt::keyOf)));
        instruments.sort(Comparator.comparing(InstrumentCriteria::keyOf));
        for (Instrument i : instruments) {
            if (i.meeting() != null) {
                instrumentsAt.computeIfAbsent(i.meeting(), k -> new ArrayList<>()).add(i);
            }
            if (i.signedOn() != null) {
                timelineOf.computeIfAbsent(i.relation(), k -> new ArrayList<>())
                        .add(new TimelineEntry.InstrumentConcluded(i));
            }
        }
        for (Event e : all(storage.events())) {
            byId.put(e.id(), e);
            if (e.startDate() != null) {
                timelineOf.computeIfAbsent(e.relation(), k -> new ArrayList<>())
                        .add(new TimelineEntry.EventScheduled(e));
            }
        }
        mechanisms.sort(Comparator.comparing(m -> m.id().value()));
        for (DialogueMechanism m : mechanisms) {
            mechanismsOf.computeIfAbsent(m.relation(), k -> new ArrayList<>()).add(m);
            if (m.predecessor() != null) {
                successorOf.putIfAbsent(m.predecessor(), m);
            }
        }
        for (Object record : List.copyOf(byId.values())) {
            if (record instanceof BilateralRelation r) {
                r.levels().forEach(level -> timelineOf.computeIfAbsent(r.id(), k -> new ArrayList<>())
                        .add(new TimelineEntry.LevelChange(level)));
            }
        }
        timelineOf.values().forEach(list -> list.sort(Comparator.comparing(TimelineEntry::keyOf)));
        // the revision log names each aggregate by its class, which is the schema's type name
        Map<String, List<String>> idsByKind = new HashMap<>();
        byId.values().forEach(record -> idsByKind.computeIfAbsent(record.getClass().getSimpleName(),
                k -> new ArrayList<>()).add(((Aggregate<?, ?>) record).id().value()));
        idsByKind.forEach((kind, ids) -> storage.revisions().histories(kind, ids, org.entente.application.page.PageRequest.first(100)).forEach((id, revisions) ->
                histories.put(kind + ":" + id, revisions.items().stream().sorted(Comparator.comparingLong(Revision::version))
                        .toList())));
        graphQL = GraphQL.newGraphQL(throughLoaders ? throughLoaders(schema()) : schema()).build();
    }

    private static final String DEFERRED = "deferred";

    /** The schema with each of its own fetchers deferred to the data loader {@link #DEFERRED}. */
    private static GraphQLSchema throughLoaders(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder deferred = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || type.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates at = FieldCoordinates.coordinates(object, field);
                DataFetcher<?> own = registry.getDataFetcher(at, field);
                if (!(own instanceof PropertyDataFetcher<?>)) {
                    deferred.dataFetcher(at, (DataFetcher<Object>) env -> env.<Callable<Object>, Object>getDataLoader(
                            DEFERRED).load(() -> own.get(env)));
                }
            }
        }
        return schema.transform(s -> s.codeRegistry(deferred.build()));
    }

    /** The loader of the deferred fetchers: each batch runs them, in the order they were asked. */
    private static DataLoaderRegistry loaders() {
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        loaders.register(DEFERRED, DataLoaderFactory.<Callable<Object>, Object>newDataLoader(fetches -> {
            List<Object> values = new ArrayList<>(fetches.size());
            for (Callable<Object> fetch : fetches) {
                try {
                    values.add(fetch.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return CompletableFuture.completedFuture(values);
        }));
        return loaders;
    }

    /** The answer's data; an answer with errors is thrown. */
    Map<String, Object> execute(String document, Map<String, Object> variables) {
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput(document).variables(variables);
        if (throughLoaders) {
            input.dataLoaderRegistry(loaders());
        }
        ExecutionResult result = graphQL.execute(input.build());
        if (!result.getErrors().isEmpty()) {
            throw new IllegalStateException("graphql-java alone answered " + result.getErrors());
        }
        return result.getData();
    }

    private GraphQLSchema schema() throws IOException {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        PathMatchingResourcePatternResolver files = new PathMatchingResourcePatternResolver();
        for (Resource sdl : files.getResources("classpath*:graphql/**/*.graphqls")) {
            types.merge(new SchemaParser().parse(sdl.getContentAsString(StandardCharsets.UTF_8)));
        }
        TypeResolver byClassName = env -> env.getSchema().getObjectType(env.getObject().getClass().getSimpleName());
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(DateScalar.DATE)
                .type("Node", t -> t.typeResolver(byClassName))
                .type("TimelineEntry", t -> t.typeResolver(byClassName))
                .type("Query", t -> t.dataFetcher("meetings", env -> {
                    refuse(env, "filter");
                    return connection(meetings, env);
                }))
                .type("Meeting", t -> t
                        .dataFetcher("id", env -> id(RecordKind.MEETING, env.<Meeting>getSource()))
                        .dataFetcher("history", env -> history(env.<Meeting>getSource(), env))
                        .dataFetcher("relation", env -> byId.get(env.<Meeting>getSource().relation()))
                        .dataFetcher("mechanism", env -> {
                            Meeting m = env.getSource();
                            return m.session() == null ? null : byId.get(m.session().mechanism());
                        })
                        .dataFetcher("visit", env -> byId.get(env.<Meeting>getSource().visit()))
                        .dataFetcher("attendances", env -> {
                            Meeting m = env.getSource();
                            return m.attendances().stream().map(a -> new AttendanceAt(m, a, null, false)).toList();
                        })
                        .dataFetcher("instruments", env -> instrumentsAt.getOrDefault(env.<Meeting>getSource().id(),
                                List.of()))
                        .dataFetcher("commitments", env -> CommitmentAt.of(env.getSource())))
                .type("BilateralRelation", t -> t
                        .dataFetcher("id", env -> id(RecordKind.RELATION, env.<BilateralRelation>getSource()))
                        .dataFetcher("mechanisms", env -> mechanismsOf.getOrDefault(
                                env.<BilateralRelation>getSource().id(), List.of()))
                        .dataFetcher("meetings", env -> {
                            refuse(env, "filter");
                            return connection(listOf(meetingsOfRelation, env.<BilateralRelation>getSource().id()), env);
                        })
                        .dataFetcher("commitments", env -> connection(listOf(commitmentsOf,
                                env.<BilateralRelation>getSource().id()), env))
                        .dataFetcher("timeline", env -> {
                            BilateralRelation r = env.getSource();
                            TimelineWindow window = new TimelineWindow(r.id(), DateInput.read(env.getArgument("from"),
                                    "from"), DateInput.read(env.getArgument("to"), "to"));
                            return connection(listOf(timelineOf, r.id()).stream().filter(e -> window.admits(e.date()))
                                    .toList(), env);
                        }))
                .type("DialogueMechanism", t -> t
                        .dataFetcher("id", env -> id(RecordKind.MECHANISM, env.<DialogueMechanism>getSource()))
                        .dataFetcher("relation", env -> byId.get(env.<DialogueMechanism>getSource().relation()))
                        .dataFetcher("predecessor", env -> byId.get(env.<DialogueMechanism>getSource().predecessor()))
                        .dataFetcher("successor", env -> successorOf.get(env.<DialogueMechanism>getSource().id()))
                        .dataFetcher("sessions", env -> listOf(sessionsOf, env.<DialogueMechanism>getSource().id())
                                .stream().map(m -> new Session(m.session().number(), m)).toList()))
                .type("Visit", t -> t
                        .dataFetcher("id", env -> id(RecordKind.VISIT, env.<Visit>getSource()))
                        .dataFetcher("visitor", env -> byId.get(env.<Visit>getSource().visitor()))
                        .dataFetcher("relation", env -> byId.get(env.<Visit>getSource().relation())))
                .type("Attendance", t -> t
                        .dataFetcher("person", env -> byId.get(env.<AttendanceAt>getSource().attendance().person()))
                        .dataFetcher("post", env -> postHeld(env.getSource())))
                .type("Person", t -> t
                        .dataFetcher("id", env -> id(RecordKind.PERSON, env.<Person>getSource()))
                        .dataFetcher("history", env -> history(env.<Person>getSource(), env))
                        .dataFetcher("posts", env -> env.<Person>getSource().postsHeldOn(
                                DateInput.read(env.getArgument("asOf"), "asOf")))
                        .dataFetcher("meetings", env -> connection(listOf(meetingsOfPerson,
                                env.<Person>getSource().id()), env)))
                .type("Post", t -> t.dataFetcher("organization", env -> byId.get(env.<Post>getSource().organization())))
                .type("Evidence", t -> t.dataFetcher("source", env -> byId.get(env.<Evidence>getSource().source())))
                .type("Instrument", t -> t
                        .dataFetcher("id", env -> id(RecordKind.INSTRUMENT, env.<Instrument>getSource()))
                        .dataFetcher("relation", env -> byId.get(env.<Instrument>getSource().relation()))
                        .dataFetcher("meeting", env -> byId.get(env.<Instrument>getSource().meeting()))
                        .dataFetcher("witnesses", env -> env.<Instrument>getSource().witnesses().stream()
                                .map(byId::get).toList()))
                .type("Party", t -> t.dataFetcher("organization",
                        env -> byId.get(env.<Party>getSource().organization())))
                .type("Signatory", t -> t.dataFetcher("person", env -> byId.get(env.<Signatory>getSource().person())))
                .build();
        return new SchemaGenerator().makeExecutableSchema(types, wiring);
    }

    /** The first page of a list already in order, with its total, as the connection types' fields. */
    private static Map<String, Object> connection(List<?> ordered, DataFetchingEnvironment env) {
        refuse(env, "after", "last", "before");
        Integer first = env.getArgument("first");
        int size = first == null ? PageRequest.DEFAULT_SIZE : first;
        Map<String, Object> connection = new HashMap<>();
        connection.put("nodes", ordered.subList(0, Math.min(size, ordered.size())));
        connection.put("totalCount", ordered.size());
        return connection;
    }

    private Map<String, Object> history(Aggregate<?, ?> record, DataFetchingEnvironment env) {
        return connection(histories.getOrDefault(record.getClass().getSimpleName() + ":" + record.id().value(),
                List.of()), env);
    }

    /** The post held at the meeting, as the service picks it. */
    private Post postHeld(AttendanceAt attended) {
        return attended.postOf((Person) byId.get(attended.attendance().person()));
    }

    private static String id(RecordKind type, Aggregate<?, ?> record) {
        return GlobalId.of(type, record.id());
    }

    private static <T> List<T> listOf(Map<Object, List<T>> lists, Object key) {
        return lists.getOrDefault(key, List.of());
    }

    private static void refuse(DataFetchingEnvironment env, String... arguments) {
        for (String argument : arguments) {
            if (env.getArgument(argument) != null) {
                throw new UnsupportedOperationException("the storage-free engine answers no '" + argument + "'");
            }
        }
    }

    private static <A extends Aggregate<?, A>> List<A> all(AggregateStore<?, A> store) {
        List<A> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<A> page = store.pageById(request);
            all.addAll(page.items());
            if (!page.hasNext() || page.items().isEmpty()) {
                return all;
            }
            String last = page.items().get(page.items().size() - 1).id().value();
            request = PageRequest.firstAfter(PageRequest.MAX_SIZE, new Keyset(last, last));
        }
    }
}
