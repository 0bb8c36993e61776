package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entente.application.dataset.DataSet;
import org.entente.application.port.out.Storage;
import org.entente.bootstrap.service.AccessTest.Keys;
import org.entente.dataset.DataSetReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The data set file while the service runs ({@code /admin/dataset}, docs/operations.md): an ADMIN key takes the
 * whole store out and puts a file in, through the checks of a start-up import; any other caller is refused in JSON;
 * a refused file answers every problem and changes no stored record.
 */
@ServiceTest
@TestPropertySource(properties = {Keys.READER, Keys.READER_ROLE, Keys.READER_SHA, Keys.EDITOR, Keys.EDITOR_ROLE,
        Keys.EDITOR_SHA, Keys.ADMIN, Keys.ADMIN_ROLE,
        Keys.ADMIN_SHA})
class DataSetEndpointTest {
    private static final String PATH = "/admin/dataset";

    @LocalServerPort
    int port;

    @Autowired
    Storage storage;

    private WebTestClient http() {
        return ServiceClient.http(port);
    }

    private byte[] exported() {
        return http().get().uri(PATH).header(HttpHeaders.AUTHORIZATION, "Bearer admin-secret").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, value -> assertThat(value)
                        .contains("attachment"))
                .expectBody().returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec upload(String key, byte[] file) {
        WebTestClient.RequestBodySpec request = http().post().uri(PATH).contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + key);
        }
        return request.bodyValue(file).exchange();
    }

    @Test
    void an_admin_exports_the_store_and_imports_it_again_unchanged() {
        byte[] file = exported();
        DataSet set = new DataSetReader().read(file, "the export");
        assertThat(set.meetings()).isNotEmpty();
        assertThat(set.size()).isEqualTo(StoredRecords.versions(storage).size());
        Map<String, Long> before = StoredRecords.versions(storage);

        upload("admin-secret", file).expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(0)
                .jsonPath("$.updated").isEqualTo(0)
                .jsonPath("$.unchanged").isEqualTo(set.size());
        assertThat(StoredRecords.versions(storage)).isEqualTo(before);
        assertThat(exported()).as("the store gives the same file again").isEqualTo(file);
    }

    @Test
    void a_key_that_is_not_an_admin_is_refused_in_json_and_so_is_no_key() {
        for (String method : List.of("GET", "POST", "PUT")) {
            WebTestClient.RequestBodySpec request = http().method(org.springframework.http.HttpMethod.valueOf(method))
                    .uri(PATH).header(HttpHeaders.AUTHORIZATION, "Bearer editor-secret");
            (method.equals("GET") ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}"))
                    .exchange().expectStatus().isEqualTo(HttpStatus.FORBIDDEN)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                    .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN")
                    .jsonPath("$.errors[0].message").value(String.class, message -> assertThat(message)
                            .contains("role"));
        }
        http().get().uri(PATH).exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED)
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
    }

    @Test
    void a_refused_file_answers_every_problem_and_changes_nothing_stored() {
        Map<String, Long> before = StoredRecords.versions(storage);
        // the whole store again, so that every record of it would be left alone, and two meetings that cannot be
        String file = new String(exported(), StandardCharsets.UTF_8);
        assertThat(file).contains("\"meetings\": [");
        String refused = file.replaceFirst("\"meetings\": \\[",
                "\"meetings\": [{\"id\": \"broken-1\"}, {\"id\": \"broken-2\"},");

        upload("admin-secret", refused.getBytes(StandardCharsets.UTF_8)).expectStatus()
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody()
                .jsonPath("$.errors.length()").value(Integer.class, count -> assertThat(count).isGreaterThan(1))
                .jsonPath("$.errors[*].extensions.code").value(List.class, codes -> assertThat(codes)
                        .containsOnly("DATA_SET_INVALID"))
                .jsonPath("$.errors[*].extensions.record").value(List.class, records -> assertThat(records)
                        .contains("meeting broken-1", "meeting broken-2"));
        upload("admin-secret", "{\"meetings\": [".getBytes(StandardCharsets.UTF_8)).expectStatus()
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("DATA_SET_INVALID");
        assertThat(StoredRecords.versions(storage)).isEqualTo(before);
    }

    @Test
    void a_file_larger_than_a_request_body_may_be_is_refused_unread() {
        Map<String, Long> before = StoredRecords.versions(storage);
        upload("admin-secret", new byte[1024 * 1024 + 1]).expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BODY_TOO_LARGE");
        assertThat(StoredRecords.versions(storage)).isEqualTo(before);
    }
}
