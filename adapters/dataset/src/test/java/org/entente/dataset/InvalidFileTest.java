package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.application.dataset.DataSetProblem;
import org.entente.application.dataset.InvalidDataSetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file with anything wrong is refused whole, every problem named by file, record and field. */
class InvalidFileTest {
    private static final String SOURCE = """
            {"id": "s1", "language": "en", "text": "Vũ met Kishida in Tokyo on Thursday."}""";

    private final DataSetReader reader = new DataSetReader();

    @Test
    void malformed_json_is_named_by_line_and_column() {
        InvalidDataSetException refused = refuse("broken.json", """
                {
                  "sources": [
                    {"id": "s1",, "language": "en"}
                  ]
                }
                """);
        assertThat(refused.getMessage()).startsWith("broken.json is invalid");
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo("file");
            assertThat(p.field()).isEqualTo("line 3, column 17");
            assertThat(p.message()).startsWith("is not well-formed JSON");
        });
    }

    @Test
    void every_problem_of_a_file_is_found_in_one_reading() {
        InvalidDataSetException refused = refuse("jp-vn.json", """
                {
                  "sources": [%s],
                  "persons": [
                    {"id": "vu", "name": "Nguyễn Minh Vũ", "country": "XX",
                     "posts": [{"title": "Deputy Minister", "evidence": [{"source": "s1", "quote": "Vu met"}]}]},
                    {"id": "vu", "name": "Another"}
                  ],
                  "meetings": [
                    {"id": "jp-vn-talks", "relation": "jp-vn", "kind": "TALKS", "status": "HELD", "startDate": "2025-02-30",
                     "attendances": [{"key": "vu", "person": "vu", "country": "vn", "roles": ["HOTS"]}],
                     "evidence": [{"source": "s9", "quote": "Vũ met"}, {"source": "s1", "quote": "in Tokyo", "inferred": true}],
                     "colour": "red"},
                    {"relation": "jp-vn", "title": "No id", "kind": "TALKS", "status": "HELD", "startDate": "2025"}
                  ]
                }
                """.formatted(SOURCE));
        assertThat(refused.getMessage()).startsWith("jp-vn.json is invalid; nothing of it was stored");
        assertThat(refused.problems()).extracting(DataSetProblem::record, DataSetProblem::field).containsExactlyInAnyOrder(
                tuple("person vu", "country"),
                tuple("person vu", "posts[0].evidence[0].quote"),
                tuple("person vu", "id"),
                tuple("meeting jp-vn-talks", "title"),
                tuple("meeting jp-vn-talks", "startDate"),
                tuple("meeting jp-vn-talks", "attendances[0].country"),
                tuple("meeting jp-vn-talks", "attendances[0].roles[0]"),
                tuple("meeting jp-vn-talks", "evidence[0].source"),
                tuple("meeting jp-vn-talks", "evidence[1].note"),
                tuple("meeting jp-vn-talks", "colour"),
                tuple("meetings[1]", "id"));
        assertThat(messageOf(refused, "country")).contains("'XX' is not an ISO 3166-1 alpha-2 country code");
        assertThat(messageOf(refused, "posts[0].evidence[0].quote")).contains("'Vu met' does not appear verbatim in source s1");
        assertThat(messageOf(refused, "title")).isEqualTo("is required");
        assertThat(messageOf(refused, "startDate")).contains("2025-02-30 is not a date");
        assertThat(messageOf(refused, "attendances[0].roles[0]")).startsWith("'HOTS' is not one of HOST, GUEST");
        assertThat(messageOf(refused, "evidence[0].source")).contains("source s9 is not in this file");
        assertThat(messageOf(refused, "evidence[1].note")).contains("inferred evidence must say in its note why");
        assertThat(messageOf(refused, "colour")).startsWith("is not a field here; the fields are id, relation, title");
        assertThat(refused.problems()).filteredOn(p -> p.record().equals("person vu") && p.field().equals("id"))
                .singleElement().extracting(DataSetProblem::message).asString().contains("another person");
    }

    @Test
    void what_a_constructor_of_the_model_refuses_is_a_problem_on_its_field() {
        InvalidDataSetException refused = refuse("rules.json", """
                {
                  "sources": [%s],
                  "relations": [{"id": "jp-vn", "countries": ["JP", "VN", "KR"]}],
                  "mechanisms": [{"id": "m", "relation": "jp-vn", "name": "2+2", "predecessor": "d"}],
                  "meetings": [
                    {"id": "m1", "relation": "jp-vn", "title": "Talks", "kind": "TALKS", "status": "HELD",
                     "startDate": "2025-12-04", "endDate": "2025-12-01",
                     "session": {"mechanism": "m", "number": 0},
                     "attendances": [{"key": "a", "titleAsReported": "Governor", "country": "JP", "roles": []},
                                     {"key": "b", "titleAsReported": "Mayor", "country": "JP", "roles": ["GUEST", "GUEST"]},
                                     {"key": "c", "country": "JP", "roles": ["GUEST"]}]}
                  ]
                }
                """.formatted(SOURCE));
        assertThat(refused.problems()).extracting(DataSetProblem::record, DataSetProblem::field).containsExactlyInAnyOrder(
                tuple("relation jp-vn", "countries"),
                tuple("mechanism m", "upgradedOn"),
                tuple("meeting m1", "session.number"),
                tuple("meeting m1", "attendances[0].roles"),
                tuple("meeting m1", "attendances[1].roles"),
                tuple("meeting m1", "attendances[2].person"));
    }

    @Test
    void a_meeting_that_ends_before_it_starts_is_refused_on_its_end_date() {
        InvalidDataSetException refused = refuse("dates.json", """
                {"meetings": [{"id": "m1", "relation": "jp-vn", "title": "Talks", "kind": "TALKS", "status": "HELD",
                               "startDate": "2025-12-04", "endDate": "2025-12-01"}]}
                """);
        assertThat(refused.problems()).singleElement()
                .isEqualTo(new DataSetProblem("meeting m1", "endDate",
                        "meeting m1 ends (2025-12-01) before it starts (2025-12-04)"));
    }

    @Test
    void types_are_checked_field_by_field() {
        InvalidDataSetException refused = refuse("types.json", """
                {"meetings": [{"id": "m1", "relation": "jp-vn", "title": 7, "kind": "TALKS", "status": "HELD",
                               "startDate": "2025", "areas": "defence", "session": {"mechanism": "m", "number": "8"},
                               "attendances": [{"key": "a", "titleAsReported": " ", "country": "JP", "roles": ["GUEST"]}]}],
                 "instruments": [{"id": "i", "relation": "jp-vn", "title": "MOU", "kind": "MOU", "binding": "yes",
                                  "statusHistory": ["SIGNED"]}]}
                """);
        assertThat(refused.problems()).extracting(DataSetProblem::record, DataSetProblem::field, DataSetProblem::message)
                .containsExactlyInAnyOrder(
                        tuple("meeting m1", "title", "must be a string, was number"),
                        tuple("meeting m1", "areas", "must be an array"),
                        tuple("meeting m1", "session.number", "must be a whole number"),
                        tuple("meeting m1", "attendances[0].titleAsReported", "must not be blank; leave the field out instead"),
                        tuple("instrument i", "binding", "must be true or false"),
                        tuple("instrument i", "statusHistory[0]", "must be an object"));
    }

    @Test
    void a_source_with_problems_of_its_own_is_reported_once_not_at_every_quote() {
        InvalidDataSetException refused = refuse("source.json", """
                {"sources": [{"id": "s1", "text": "Vũ met Kishida."}],
                 "persons": [{"id": "vu", "name": "Vũ", "evidence": [{"source": "s1", "quote": "Vũ met"}]}]}
                """);
        assertThat(refused.problems()).containsExactly(new DataSetProblem("source s1", "language", "is required"));
    }

    @Test
    void the_top_level_must_be_an_object_of_known_arrays() {
        assertThat(refuse("array.json", "[]").problems()).containsExactly(
                new DataSetProblem("file", null, "must be one JSON object holding the arrays of records"));
        assertThat(refuse("empty.json", "").problems()).extracting(DataSetProblem::record).containsExactly("file");
        assertThat(refuse("typo.json", "{\"meeting\": []}").problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("meeting"));
    }

    @Test
    void a_file_read_from_disk_is_named_by_its_path(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kr-vn.json");
        Files.writeString(file, "{\"persons\": [{\"id\": \"p\"}]}");
        InvalidDataSetException refused = catchThrowableOfType(InvalidDataSetException.class, () -> reader.read(file));
        assertThat(refused.getMessage()).startsWith(file + " is invalid");
        assertThat(refused.problems()).containsExactly(new DataSetProblem("person p", "name", "is required"));
    }

    @Test
    void a_schema_pointer_is_allowed_and_ignored() {
        assertThat(reader.read("{\"$schema\": \"entente-dataset.schema.json\", \"sources\": [%s]}".formatted(SOURCE)
                .getBytes(StandardCharsets.UTF_8), "ok.json").sources()).hasSize(1);
    }

    private InvalidDataSetException refuse(String origin, String json) {
        return catchThrowableOfType(InvalidDataSetException.class,
                () -> reader.read(json.getBytes(StandardCharsets.UTF_8), origin));
    }

    private static String messageOf(InvalidDataSetException refused, String field) {
        List<String> messages = refused.problems().stream().filter(p -> field.equals(p.field()))
                .map(DataSetProblem::message).toList();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
