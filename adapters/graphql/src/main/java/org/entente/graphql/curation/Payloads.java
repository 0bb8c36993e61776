package org.entente.graphql.curation;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import org.entente.domain.common.RecordKind;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * The payloads of the mutations, wired once for all of them: every mutation answers its {@link Outcome}, and the
 * payload {@code <Mutation>Payload} holds the record stored under its kind's word ({@code meeting},
 * {@code instrument}…; null when refused) beside {@code userErrors}, which the outcome carries itself.
 */
@Component
public class Payloads implements RuntimeWiringConfigurer {
    private static final List<Class<?>> MUTATIONS = List.of(MeetingCuration.class, AgreementCuration.class,
            DirectoryCuration.class);

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        for (Class<?> controller : MUTATIONS) {
            for (Method mutation : controller.getDeclaredMethods()) {
                if (mutation.isAnnotationPresent(MutationMapping.class)
                        && mutation.getGenericReturnType() instanceof ParameterizedType outcome) {
                    String payload = Character.toUpperCase(mutation.getName().charAt(0))
                            + mutation.getName().substring(1) + "Payload";
                    RecordKind kind = RecordKind.of((Class<?>) outcome.getActualTypeArguments()[0]);
                    builder.type(payload, type -> type.dataFetcher(kind.word(), new RecordStored(kind)));
                }
            }
        }
    }

    /** The record a mutation stored; self-describing, so that the schema inspection checks the record's type. */
    private record RecordStored(RecordKind kind) implements TrivialDataFetcher<Object>, SelfDescribingDataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment env) {
            return ((Outcome<?>) env.getSource()).record();
        }

        @Override
        public String getDescription() {
            return "Outcome.record as " + kind.typeName();
        }

        @Override
        public ResolvableType getReturnType() {
            return ResolvableType.forClass(kind.type());
        }
    }
}
