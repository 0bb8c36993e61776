package org.entente.graphql.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every member hears, with its own state, the same hooks in the same order under the selective chain as under
 * graphql-java's chain, and the answer is the same; a hook only some members implement reaches only them.
 */
class SelectiveInstrumentationTest {
    private static final String SCHEMA = """
            type Query { meetings: [Meeting] }
            type Meeting { title: String attendees: [Person] }
            type Person { name: String }
            """;
    private static final String QUERY = "{ meetings { title attendees { name } } }";

    @Test
    void each_member_hears_what_it_would_hear_in_graphql_javas_chain() {
        Map<String, List<String>> chained = run(ChainedInstrumentation::new);
        Map<String, List<String>> selective = run(SelectiveInstrumentation::new);
        assertThat(selective).isEqualTo(chained);
        // what each member heard: only its own hooks, each object and field of the answer
        assertThat(selective.get("objects")).contains("object /meetings[0]", "object /meetings[1]/attendees[0]")
                .allMatch(event -> event.startsWith("object") || event.startsWith("state"));
        assertThat(selective.get("fetches")).contains("fetch /meetings", "fetch /meetings[1]/attendees[0]/name",
                "fetched /meetings[0]/title");
        assertThat(selective.get("old-style fetches")).contains("fetch /meetings[0]/title");
        assertThat(selective.get("fetchers")).contains("wrap /meetings", "wrap /meetings[1]/attendees[0]/name");
        assertThat(selective.get("request")).containsExactly("state", "execution", "result with data");
        assertThat(selective.get("answer")).containsExactly(
                "{meetings=[{title=Hội đàm, attendees=[{name=Ishiba}]}, {title=Gặp gỡ, attendees=[{name=Phạm}]}]}");
    }

    @Test
    void members_are_asked_which_hooks_they_implement_below_graphql_javas_no_op_bases() {
        Recording objects = new Objects();
        SelectiveInstrumentation one = new SelectiveInstrumentation(List.of(objects));
        // no member implements field execution: it is graphql-java's own no-op context, nobody is called
        assertThat(one.beginFieldExecution(null, null)).isSameAs(SimpleInstrumentationContext.noOp());
        assertThat(one.members()).containsExactly(objects);
    }

    private static Map<String, List<String>> run(Function<List<Instrumentation>, Instrumentation> chain) {
        List<Recording> members = List.of(new Request(), new Objects(), new Fetches(), new OldStyleFetches(),
                new Fetchers());
        GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
                        new SchemaParser().parse(SCHEMA), RuntimeWiring.newRuntimeWiring()
                                .type("Query", type -> type.dataFetcher("meetings", env -> List.of(
                                        Map.of("title", "Hội đàm", "attendees", List.of(Map.of("name", "Ishiba"))),
                                        Map.of("title", "Gặp gỡ", "attendees", List.of(Map.of("name", "Phạm"))))))
                                .build()))
                .instrumentation(chain.apply(new ArrayList<>(members))).build();
        ExecutionResult result = graphQl.execute(QUERY);
        assertThat(result.getErrors()).isEmpty();
        Map<String, List<String>> heard = new java.util.LinkedHashMap<>();
        members.forEach(m -> heard.put(m.name, m.events));
        heard.put("answer", List.of(String.valueOf((Object) result.getData())));
        return heard;
    }

    /** A member that records what it hears; its state says whose it is, so a mix-up of states shows. */
    private abstract static class Recording extends SimplePerformantInstrumentation {
        final String name;
        final List<String> events = new ArrayList<>();

        Recording(String name) {
            this.name = name;
        }

        record Own(String owner) implements InstrumentationState {
        }

        @Override
        public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
            return new Own(name);
        }

        void hear(String event, InstrumentationState state) {
            events.add(state instanceof Own own && own.owner().equals(name) ? event : "state of another: " + event);
        }
    }

    private static final class Request extends Recording {
        Request() {
            super("request");
        }

        @Override
        public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
            events.add("state");
            return super.createState(parameters);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                                                                      InstrumentationState state) {
            hear("execution", state);
            return null;
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                            InstrumentationExecutionParameters parameters,
                                                                            InstrumentationState state) {
            hear(result.getData() == null ? "result without data" : "result with data", state);
            return CompletableFuture.completedFuture(result);
        }
    }

    private static final class Objects extends Recording {
        Objects() {
            super("objects");
        }

        @Override
        public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
            events.add("state");
            return super.createState(parameters);
        }

        @Override
        public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters p,
                                                                      InstrumentationState state) {
            hear("object " + p.getExecutionStrategyParameters().getPath(), state);
            return null;
        }
    }

    private static final class Fetches extends Recording {
        Fetches() {
            super("fetches");
        }

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters p,
                                                                      InstrumentationState state) {
            String path = p.getExecutionStepInfo().getPath().toString();
            hear("fetch " + path, state);
            return new FieldFetchingInstrumentationContext() {
                @Override
                public void onDispatched() {
                }

                @Override
                public void onFetchedValue(Object fetchedValue) {
                    events.add("fetched " + path);
                }

                @Override
                public void onCompleted(Object result, Throwable t) {
                }
            };
        }
    }

    /** Implements only the older fetch hook, which graphql-java's interface still calls through the newer one. */
    private static final class OldStyleFetches extends Recording {
        OldStyleFetches() {
            super("old-style fetches");
        }

        @Override
        @SuppressWarnings("deprecation")
        public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters p,
                                                              InstrumentationState state) {
            hear("fetch " + p.getExecutionStepInfo().getPath(), state);
            return null;
        }
    }

    private static final class Fetchers extends Recording {
        Fetchers() {
            super("fetchers");
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters p,
                                                    InstrumentationState state) {
            hear("wrap " + p.getExecutionStepInfo().getPath(), state);
            return fetcher;
        }
    }
}
