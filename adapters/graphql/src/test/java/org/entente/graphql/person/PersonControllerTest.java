package org.entente.graphql.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.graphql.ControllerSlice;
import org.entente.graphql.ControllerSliceTest;
import org.entente.graphql.node.NodeController;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

@ControllerSliceTest({PersonController.class, NodeController.class})
class PersonControllerTest extends ControllerSlice {
    @Test
    void a_name_typed_without_diacritics_finds_the_name_with_them() {
        assertThat(names(Map.of("name", "nguyen minh vu"))).containsExactly("Nguyễn Minh Vũ");
        assertThat(names(Map.of("name", "MINH VU"))).containsExactly("Nguyễn Minh Vũ");
        assertThat(names(Map.of("name", "nguyen"))).containsExactly("Nguyễn Minh Vũ", "Nguyễn Văn A");
    }

    @Test
    void other_spellings_are_searched_too() {
        assertThat(names(Map.of("name", "Võ Văn Thưởng"))).containsExactly("Vo Van Thuong");
    }

    @Test
    void persons_filter_by_country_and_are_ordered_by_name() {
        assertThat(names(Map.of("country", "JP"))).containsExactly("Fumio Kishida", "Funakoshi Takehiro",
                "Namazu Hiroyuki");
        assertThat(names(Map.of("country", "jp", "name", "fu"))).containsExactly("Fumio Kishida", "Funakoshi Takehiro");
    }

    @Test
    void posts_as_of_a_date_leave_out_those_not_held_then() {
        assertThat(posts("2015")).containsExactly("Minister for Foreign Affairs");
        assertThat(posts("2020")).isEmpty();
        assertThat(posts("2024-03")).containsExactly("Prime Minister");
        assertThat(posts(null)).containsExactly("Minister for Foreign Affairs", "Prime Minister");
    }

    @Test
    void a_post_names_its_organization_and_a_person_pages_their_meetings() {
        person("nguyen minh vu", null)
                .path("persons.nodes[0].posts[0].organization.name").entity(String.class)
                .isEqualTo("Ministry of Foreign Affairs of Viet Nam")
                .path("persons.nodes[0].posts[0].organization.kind").entity(String.class).isEqualTo("MINISTRY")
                .path("persons.nodes[0].otherNames").entityList(String.class).containsExactly("Nguyen Minh Vu")
                .path("persons.nodes[0].country.name").entity(String.class).isEqualTo("Vietnam")
                .path("persons.nodes[0].meetings.totalCount").entity(Integer.class).isEqualTo(5)
                .path("persons.nodes[0].meetings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("persons.nodes[0].meetings.nodes[*].title").entityList(String.class).containsExactly(
                        "Talks in Paris", "8th Vietnam-Japan strategic partnership dialogue");
    }

    private List<String> posts(String asOf) {
        return person("kishida", asOf).path("persons.nodes[0].posts[*].title").entityList(String.class).get();
    }

    private GraphQlTester.Response person(String name, String asOf) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("asOf", asOf);
        GraphQlTester.Request<?> request = graphQlTester.documentName("person-posts").variable("name", name)
                .variable("asOf", asOf);
        GraphQlTester.Response response = request.execute();
        response.errors().verify();
        return response;
    }

    private List<String> names(Map<String, Object> filter) {
        return graphQlTester.documentName("persons-filtered").variable("filter", filter).execute()
                .errors().verify().path("persons.nodes[*].name").entityList(String.class).get();
    }
}
