package org.entente.bootstrap.service;

import java.time.Duration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Clients of a running service, over real HTTP. */
public final class ServiceClient {
    private ServiceClient() {
    }

    public static WebTestClient http(int port) {
        return WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    public static HttpGraphQlTester graphQl(int port) {
        return HttpGraphQlTester.builder(http(port).mutate().baseUrl("http://127.0.0.1:" + port + "/graphql"))
                .build();
    }
}
