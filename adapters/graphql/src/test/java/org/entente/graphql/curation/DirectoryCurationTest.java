package org.entente.graphql.curation;

import org.entente.domain.common.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.graphql.curation.Given.refused;
import static org.entente.graphql.curation.Given.run;
import static org.entente.graphql.curation.Given.with;

import java.util.List;
import java.util.Map;
import org.entente.graphql.fake.CurationWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

@CurationTest
class DirectoryCurationTest {
    @Autowired
    GraphQlTester graphQlTester;
    @Autowired
    CurationWorld world;

    private Map<String, Object> source() {
        return Map.of("localId", world.nextId("source"), "title", "Talks in Tokyo", "language", "en",
                "text", "Prime Minister Kishida received the delegation.");
    }

    @Test
    void a_source_is_registered_once_per_id_in_a_known_language() {
        Map<String, Object> source = source();
        run(graphQlTester, "register-source", source)
                .path("registerSource.userErrors").entityList(Object.class).hasSize(0)
                .path("registerSource.source.version").entity(Integer.class).isEqualTo(1);
        refused(graphQlTester, "register-source", source, "ID_TAKEN", "input", "localId");
        refused(graphQlTester, "register-source", with(source(), "language", "English"),
                "SOURCE_LANGUAGE_INVALID", "input", "language");
        refused(graphQlTester, "register-source", with(source(), "localId", "not an id"),
                "ID_MALFORMED", "input", "localId");
    }

    @Test
    void the_same_idempotency_key_creates_once_and_answers_the_first_result() {
        String key = world.nextId("key");
        Map<String, Object> source = with(source(), "idempotencyKey", key);
        long before = world.storage.sources().count();
        String first = run(graphQlTester, "register-source", source).path("registerSource.source.id")
                .entity(String.class).get();
        run(graphQlTester, "register-source", source)
                .path("registerSource.userErrors").entityList(Object.class).hasSize(0)
                .path("registerSource.source.id").entity(String.class).isEqualTo(first)
                .path("registerSource.source.version").entity(Integer.class).isEqualTo(1);
        assertThat(world.storage.sources().count()).isEqualTo(before + 1);
        refused(graphQlTester, "register-source", with(source(), "idempotencyKey", key),
                "IDEMPOTENCY_KEY_REUSED", "input", "idempotencyKey")
                .path("registerSource.source").valueIsNull();
        assertThat(world.storage.sources().count()).isEqualTo(before + 1);
    }

    @Test
    void a_person_is_registered_with_posts_in_known_organisations_of_a_known_country() {
        Map<String, Object> person = Map.of("localId", world.nextId("person"), "name", "Nguyễn Thị Hằng",
                "country", "VN", "posts", List.of(Map.of("title", "Deputy Minister", "since", "2024")),
                "evidence", List.of(Given.quote("Permanent Deputy Minister")));
        run(graphQlTester, "register-person", person)
                .path("registerPerson.userErrors").entityList(Object.class).hasSize(0)
                .path("registerPerson.person.posts[0].since").entity(String.class).isEqualTo("2024");
        refused(graphQlTester, "register-person",
                with(with(person, "localId", world.nextId("person")), "country", "ZZ"),
                "COUNTRY_UNKNOWN", "input", "country");
        String unknownOrganization = Given.id(RecordKind.ORGANIZATION,
                new org.entente.domain.organization.OrganizationId("no-ministry"));
        refused(graphQlTester, "register-person", with(with(person, "localId", world.nextId("person")), "posts",
                List.of(Map.of("title", "Minister", "organizationId", unknownOrganization))),
                "NOT_FOUND", "input", "posts", "0", "organizationId");
        refused(graphQlTester, "register-person", with(with(person, "localId", world.nextId("person")), "posts",
                List.of(Map.of("title", "Minister", "since", "2024", "until", "2020"))),
                "POST_PERIOD_INVALID", "input", "posts");
    }

    @Test
    void an_event_is_recorded_in_its_relation_and_never_ends_before_it_starts() {
        Map<String, Object> event = Map.of("localId", world.nextId("event"), "relationId", Given.RELATION,
                "name", "APEC 2027", "kind", "HOSTING_YEAR", "host", "VN", "startDate", "2027",
                "status", "ANNOUNCED", "evidence", List.of(Given.quote("Việt Nam-Japan")));
        run(graphQlTester, "record-event", event)
                .path("recordEvent.userErrors").entityList(Object.class).hasSize(0)
                .path("recordEvent.event.startDate").entity(String.class).isEqualTo("2027");
        refused(graphQlTester, "record-event", with(with(event, "localId", world.nextId("event")), "endDate", "2026"),
                "EVENT_ENDS_BEFORE_START", "input", "endDate");
        refused(graphQlTester, "record-event", with(with(event, "localId", world.nextId("event")), "evidence",
                List.of()), "EVIDENCE_REQUIRED", "input", "evidence");
    }
}
