package org.entente.bootstrap.console;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.application.port.out.Storage;

/**
 * The block the console shows once the service answers: where GraphQL, GraphiQL and the WebSocket are (with the
 * port the server really took, also when {@code server.port=0}), which store it runs on and how much that store
 * holds, so that an operator reads in one place what they would otherwise gather from a dozen lines.
 *
 * @param base        the service's root, such as {@code http://localhost:8080}
 * @param graphQlPath {@code spring.graphql.http.path}
 * @param webSocket   {@code spring.graphql.websocket.path}, or null when subscriptions are off
 * @param graphiql    whether GraphiQL is served ({@code entente.graphiql.enabled})
 * @param store       the store's own description
 * @param records     how many records of each kind the store holds, in the order to show them
 */
record ReadyBlock(String base, String graphQlPath, String webSocket, boolean graphiql, String store,
                  Map<String, Long> records) {

    /** Each kind's count, read from the store (one count per kind, none reads a record). */
    static Map<String, Long> counts(Storage storage) {
        Map<String, Long> records = new LinkedHashMap<>();
        records.put("meetings", storage.meetings().count());
        records.put("persons", storage.persons().count());
        records.put("organizations", storage.organizations().count());
        records.put("sources", storage.sources().count());
        records.put("relations", storage.relations().count());
        records.put("dialogue mechanisms", storage.mechanisms().count());
        records.put("visits", storage.visits().count());
        records.put("instruments", storage.instruments().count());
        records.put("invitations", storage.invitations().count());
        records.put("events", storage.events().count());
        return records;
    }

    String text() {
        long total = records.values().stream().mapToLong(Long::longValue).sum();
        String kinds = records.entrySet().stream().filter(kind -> kind.getValue() > 0)
                .map(kind -> String.format(Locale.ROOT, "%s %,d", kind.getKey(), kind.getValue()))
                .collect(Collectors.joining(", "));
        String socket = base.replaceFirst("^http", "ws");
        return String.join("\n",
                "Entente is ready:",
                "  GraphQL    " + base + graphQlPath + "  (its schema: " + base + graphQlPath + "/schema)",
                "  GraphiQL   " + (graphiql ? base + "/graphiql" : "off (entente.graphiql.enabled=false)"),
                "  WebSocket  " + (webSocket != null ? socket + webSocket + "  (graphql-transport-ws subscriptions)"
                        : "off (spring.graphql.websocket.path is not set)"),
                "  Store      " + store,
                "  Data       " + String.format(Locale.ROOT, "%,d records", total)
                        + (kinds.isEmpty() ? " (the store is empty)" : ": " + kinds));
    }
}
