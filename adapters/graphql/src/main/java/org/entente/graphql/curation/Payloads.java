package org.entente.graphql.curation;

import graphql.TrivialDataFetcher;
import graphql.language.FieldDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import java.util.List;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The payloads of the mutations, wired once for all of them: every mutation answers its {@link Outcome}, and each
 * {@code …Payload} type's field other than {@code userErrors} (its {@code meeting}, {@code instrument}…) is the
 * record stored, null when refused.
 */
@Component
public class Payloads implements RuntimeWiringConfigurer {
    private static final String USER_ERRORS = "userErrors";
    private static final DataFetcher<Object> RECORD = (TrivialDataFetcher<Object>) env ->
            ((Outcome<?>) env.getSource()).record();

    @Override
    public void configure(RuntimeWiring.Builder builder) {
    }

    @Override
    public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
        container.add(new WiringFactory() {
            @Override
            public boolean providesDataFetcher(FieldWiringEnvironment env) {
                return isRecordOfPayload(env.getParentType().getName(), env.getFieldDefinition());
            }

            @Override
            public DataFetcher<?> getDataFetcher(FieldWiringEnvironment env) {
                return RECORD;
            }
        });
    }

    static boolean isRecordOfPayload(String type, FieldDefinition field) {
        return type.endsWith("Payload") && !field.getName().equals(USER_ERRORS);
    }
}
