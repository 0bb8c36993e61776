package org.entente.bootstrap.articles;

import java.util.Map;
import org.entente.bootstrap.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The tests of one article, asked over HTTP of the running service: a client of it, and the operations of the
 * article's query document under {@code graphql-test/articles/}, each failing on any error.
 */
abstract class ArticleOverHttp {
    private final String document;

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    ArticleOverHttp(String document) {
        this.document = document;
    }

    @BeforeEach
    final void connect() {
        graphQl = ServiceClient.graphQl(port);
    }

    GraphQlTester.Response ask(String operation) {
        return Articles.ask(graphQl, document, operation);
    }

    GraphQlTester.Response ask(String operation, Map<String, Object> variables) {
        return Articles.ask(graphQl, document, operation, variables);
    }
}
