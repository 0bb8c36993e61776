package org.entente.graphql.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.FakeUseCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * {@code first: 0} (or {@code last: 0}) is refused on every connection, top-level and nested: a page of none could
 * never move a client that loops on {@code hasNextPage} past the start.
 */
@WholeSchemaTest
@Import(FakeUseCases.class)
class PageOfNoneTest {
    @Autowired
    GraphQlTester graphQlTester;

    @Test
    void first_0_on_a_top_level_connection_is_refused_naming_first() {
        ResponseError error = onlyError("{ meetings(first: 0) { totalCount pageInfo { hasNextPage endCursor } } }");
        assertRefused(error, "first");
        assertThat(error.getPath()).isEqualTo("meetings");
    }

    @Test
    void last_0_on_a_top_level_connection_is_refused_naming_last() {
        assertRefused(onlyError("{ persons(last: 0) { totalCount } }"), "last");
    }

    @Test
    void first_0_on_a_nested_connection_is_refused_on_its_field() {
        ResponseError error = onlyError("{ persons(first: 1) { nodes { name meetings(first: 0) { totalCount } } } }");
        assertRefused(error, "first");
        assertThat(error.getPath()).isEqualTo("persons.nodes[0].meetings");
    }

    @Test
    void first_0_on_a_relation_timeline_is_refused() {
        ResponseError error = onlyError("{ relation(between: [\"VN\", \"JP\"]) { timeline(first: 0) { totalCount } } }");
        assertRefused(error, "first");
        assertThat(error.getPath()).isEqualTo("relation.timeline");
    }

    @Test
    void first_1_walks_as_any_page_does() {
        Map<?, ?> page = graphQlTester.document("{ meetings(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }")
                .execute().errors().verify().path("meetings").entity(Map.class).get();
        Map<?, ?> info = (Map<?, ?>) page.get("pageInfo");
        assertThat((List<?>) page.get("nodes")).hasSize(1);
        assertThat(info.get("endCursor")).isNotNull();
    }

    private static void assertRefused(ResponseError error, String argument) {
        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("argument", argument).containsEntry("rule", "PAGE_SIZE_INVALID");
        assertThat(error.getMessage()).contains("a page holds 1 to 100 items, asked for 0",
                "select totalCount with " + argument + ": 1");
    }

    private ResponseError onlyError(String document) {
        ResponseError[] only = new ResponseError[1];
        graphQlTester.document(document).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            only[0] = errors.get(0);
        });
        return only[0];
    }
}
