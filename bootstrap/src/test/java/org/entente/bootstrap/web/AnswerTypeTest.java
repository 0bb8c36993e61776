package org.entente.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Which type of answer a client gets for its {@code Accept}, as the GraphQL-over-HTTP spec and RFC 9110 have it. */
class AnswerTypeTest {
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void no_accept_or_only_wildcards_get_application_json() {
        assertThat(type("")).isEqualTo("application/json");
        assertThat(type("*/*")).isEqualTo("application/json");
        assertThat(type("application/*")).isEqualTo("application/json");
    }

    @Test
    void the_clients_defaults_get_graphql_response_json() {
        // urql's and Apollo Client's Accept, as they send it
        assertThat(type("application/graphql-response+json, application/graphql+json, application/json, "
                + "text/event-stream, multipart/mixed")).isEqualTo(GRAPHQL_RESPONSE);
        assertThat(type("application/graphql-response+json,application/json;q=0.9")).isEqualTo(GRAPHQL_RESPONSE);
    }

    @Test
    void quality_decides_then_the_order_the_client_named_them_in() {
        assertThat(type("application/graphql-response+json;q=0.5, application/json")).isEqualTo("application/json");
        assertThat(type("application/json;q=0.2, */*")).isEqualTo(GRAPHQL_RESPONSE);
        assertThat(type("application/json, application/graphql-response+json")).isEqualTo("application/json");
        assertThat(type("text/html, application/graphql-response+json;q=0.8, */*;q=0.1")).isEqualTo(GRAPHQL_RESPONSE);
    }

    @Test
    void a_type_refused_with_q_0_is_never_chosen() {
        assertThat(type("application/json;q=0, application/graphql-response+json")).isEqualTo(GRAPHQL_RESPONSE);
        assertThat(type("application/graphql-response+json;q=0, */*")).isEqualTo("application/json");
    }

    private static String type(String accept) {
        List<MediaType> accepted = accept.isEmpty() ? List.of() : MediaType.parseMediaTypes(accept);
        return GraphQlOverHttpHandler.answerType(accepted).toString();
    }
}
