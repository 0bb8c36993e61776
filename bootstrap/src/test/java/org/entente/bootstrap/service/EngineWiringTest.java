package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.bootstrap.security.OperationAccess;
import org.entente.graphql.cost.CostInstrumentation;
import org.entente.graphql.fetch.SelectiveInstrumentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** The service's engine runs its instrumentations, cost and access among them, as one selective chain. */
@ServiceTest
class EngineWiringTest {
    @Autowired
    GraphQlSource source;

    @Test
    void the_instrumentations_run_as_one_selective_chain() {
        assertThat(source.graphQl().getInstrumentation()).isInstanceOfSatisfying(SelectiveInstrumentation.class,
                chain -> assertThat(chain.members()).hasAtLeastOneElementOfType(CostInstrumentation.class)
                        .hasAtLeastOneElementOfType(OperationAccess.class));
    }
}
