package org.entente.bootstrap.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.entente.graphql.graphiql.GraphiqlPage;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests a hostile or careless client sends, generated from a few shapes, the example queries and the strings of
 * {@code hostile/strings.txt}: malformed documents, wrong types, huge and negative numbers, bad ids and cursors,
 * injection-shaped and regex-bomb filters, depth, breadth, alias, fragment and directive bombs, introspection
 * abuse, oversized bodies, wrong content types, batch arrays, bad UTF-8, unreadable JSON, mutations without the
 * right key or with wrong input, persisted-query abuse and wrong methods. Each is raw HTTP, to send as it is.
 */
final class HostileCorpus {
    static final String READER = "reader-secret";
    static final String EDITOR = "editor-secret";
    static final String MEETING = "TWVldGluZzpqcC12bi0yMDIzLTExLTI3LXRhbGtz";
    static final String PERSON = "UGVyc29uOm5ndXllbi1taW5oLXZ1";
    static final String RELATION = "QmlsYXRlcmFsUmVsYXRpb246anAtdm4";
    static final String SOURCE = "U291cmNlOjAwMV82NzM5ZTk4NTkwM2RiMGQ1";
    static final String MEETING_CURSOR = "bWVldGluZzoxMDoyMDIzLTExLTI3anAtdm4tMjAyMy0xMS0yNy1mcmllbmRzaGlwLWFsbGlhbmNlLW1lZXRpbmc";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request of the corpus; {@code also} is what its answer must show besides the rules every answer keeps. */
    record Hostile(String name, byte[] request, Predicate<RawHttp.Answer> also) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Hostile> cases = new ArrayList<>();

    static List<Hostile> generate() {
        HostileCorpus corpus = new HostileCorpus();
        corpus.malformedDocuments();
        corpus.wrongTypes();
        corpus.numbers();
        corpus.hostileStrings();
        corpus.bombs();
        corpus.introspection();
        corpus.bodies();
        corpus.contentTypes();
        corpus.json();
        corpus.mutations();
        corpus.persistedQueries();
        corpus.methods();
        return List.copyOf(corpus.cases);
    }

    private void malformedDocuments() {
        String example = GraphiqlPage.examples().get(0).query();
        for (int cut = 1; cut < example.length(); cut += Math.max(1, example.length() / 40)) {
            query("truncated example at " + cut, example.substring(0, cut));
        }
        for (String document : List.of("", " ", "{", "}", "{}", "{ }", "query", "query {", "mutation", "subscription",
                "{ meetings ", "{ meetings { }", "{ meetings { nodes { id }", "{ nope }", "{ meetings { nope } }",
                "{ __typenam }", "{ meetings(first: ) { totalCount } }", "{ meetings(first: 1 { totalCount } }",
                "{ \"unterminated }", "{ a: \"\"\" block", "# only a comment", "{ meetings @ { totalCount } }",
                "{ $$ }", "{ @@ }", "{ ... }", "{ ...on { id } }", "fragment F on Meeting { id }",
                "query A { __typename } query A { __typename }", "query A { __typename } query B { __typename }",
                "{ meetings { totalCount } } garbage", "\u0000", "{ meetings\u0000 { totalCount } }",
                "{ m\u202eeetings { totalCount } }", "{ 🇻🇳 }", "{ " + "x".repeat(20_000) + " }",
                "query($v: Int) { meetings(first: $w) { totalCount } }", "query($v: Nope) { __typename }",
                "query($v: Int!) { meetings(first: $v) { totalCount } }", "{ country(code: \"VN\") }",
                "{ meetings { totalCount { x } } }", "{ node(id: \"" + MEETING + "\") { title } }")) {
            query("malformed: " + shorten(document), document);
        }
    }

    private void wrongTypes() {
        for (String argument : List.of("first: \"ten\"", "first: 1.5", "first: true", "first: null", "first: [1]",
                "first: {a: 1}", "first: ENUM", "last: \"1\"", "after: 5", "before: [\"x\"]",
                "filter: 5", "filter: \"x\"", "filter: { from: 2024 }", "filter: { from: true }",
                "filter: { kind: NOT_A_KIND }", "filter: { kind: \"TALKS\" }", "filter: { nope: 1 }",
                "filter: { personId: 5 }", "filter: { country: [\"VN\"] }", "filter: { from: \"2024\", to: \"2023\" }")) {
            query("wrong type: meetings(" + argument + ")", "{ meetings(" + argument + ") { totalCount } }");
        }
        for (String document : List.of("{ relation(between: \"VN\") { id } }", "{ relation(between: [1, 2]) { id } }",
                "{ relation(between: []) { id } }", "{ relation(between: [\"VN\", \"JP\", \"US\"]) { id } }",
                "{ relation(between: null) { id } }", "{ node(id: 123) { id } }", "{ node(id: null) { id } }",
                "{ nodes(ids: null) { id } }", "{ nodes(ids: [null]) { id } }", "{ country(code: null) { name } }",
                "{ country { name } }", "{ relation(between: [\"VN\", \"JP\"]) { levelAt(date: 5) { name } } }",
                "{ relation(between: [\"VN\", \"JP\"]) { levelAt(date: \"yesterday\") { name } } }",
                "{ persons(filter: { name: 5 }) { totalCount } }", "{ meetings { nodes { id(x: 1) } } }")) {
            query("wrong type: " + shorten(document), document);
        }
        for (Object value : List.of("x", true, 1.5, List.of(1), Map.of("a", 1), "")) {
            query("wrong variable type " + value, "query($n: Int) { meetings(first: $n) { totalCount } }",
                    Map.of("n", value));
        }
    }

    private void numbers() {
        for (String number : List.of("-1", "-2147483648", "2147483647", "2147483648", "-2147483649", "0", "101",
                "99999999999999999999999999", "1e308", "-0", "00", "1_000")) {
            query("number first: " + number, "{ meetings(first: " + number + ") { totalCount nodes { id } } }");
            query("number last: " + number, "{ persons(last: " + number + ") { totalCount } }");
        }
        for (Object number : List.of(-1, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, 1e300, -1e-300)) {
            query("variable first: " + number, "query($n: Int) { meetings(first: $n) { totalCount } }",
                    Map.of("n", number));
        }
        json("variable 1e400", "{\"query\":\"query($n: Int) { meetings(first: $n) { totalCount } }\","
                + "\"variables\":{\"n\":1e400}}");
        json("variable of 400 digits", "{\"query\":\"query($n: Int) { meetings(first: $n) { totalCount } }\","
                + "\"variables\":{\"n\":" + "9".repeat(400) + "}}");
    }

    private void hostileStrings() {
        List<String> strings = new ArrayList<>(lines("hostile/strings.txt"));
        strings.addAll(List.of("", " ", "\u0000", "\u0001\u0002\u0003", "\t\n\r", "a".repeat(50_000),
                "(a+)+".repeat(2_000) + "!", "é".repeat(10_000), "\u0301".repeat(5_000), "\uFFFF", "\uD83D",
                "%".repeat(1_000), "\\".repeat(1_000)));
        Map<String, String> where = new LinkedHashMap<>();
        where.put("persons.name", "query($v: String) { persons(filter: { name: $v }) { totalCount nodes { id } } }");
        where.put("meetings.area", "query($v: String) { meetings(filter: { area: $v }) { totalCount } }");
        where.put("meetings.country", "query($v: String) { meetings(filter: { country: $v }) { totalCount } }");
        where.put("meetings.from", "query($v: Date) { meetings(filter: { from: $v }) { totalCount } }");
        where.put("node", "query($v: ID!) { node(id: $v) { id } }");
        where.put("meetings.personId", "query($v: ID) { meetings(filter: { personId: $v }) { totalCount } }");
        where.put("meetings.after", "query($v: String) { meetings(first: 2, after: $v) { nodes { id } } }");
        where.put("persons.before", "query($v: String) { persons(last: 2, before: $v) { nodes { id } } }");
        where.put("relation", "query($v: String!) { relation(between: [$v, \"JP\"]) { id } }");
        where.put("country", "query($v: String!) { country(code: $v) { name } }");
        where.forEach((field, document) -> strings.forEach(value ->
                query(field + " = " + shorten(value), document, Map.of("v", value))));
        for (String value : List.of("' OR '1'='1", "(a+)+$", "\\\"; }", "\\u0000")) {
            query("literal persons.name " + value, "{ persons(filter: { name: \"" + value + "\" }) { totalCount } }");
        }
    }

    private void bombs() {
        for (int levels : new int[] {4, 5, 8, 10, 20, 40}) {
            query("depth bomb " + levels + " levels", "{ " + "meetings(first: 100) { nodes { attendances { person { "
                    .repeat(levels) + "name" + " } } } }".repeat(levels) + " }");
            query("depth bomb " + levels + " levels of first: 2", "{ " + "meetings(first: 2) { nodes { attendances "
                    + "{ person { ".repeat(levels) + "name" + " } } } }".repeat(levels) + " }");
            query("relation bomb " + levels, "{ relation(between: [\"VN\", \"JP\"]) { " + "meetings(first: 100) { nodes "
                    + "{ relation { ".repeat(levels) + "id" + " } } }".repeat(levels) + " } }");
        }
        for (int fields : new int[] {21, 50, 100, 500}) {
            query("breadth " + fields + " root fields", IntStream.range(0, fields)
                    .mapToObj(i -> "f" + i + ": meetings(first: 100) { nodes { title } }")
                    .collect(Collectors.joining(" ", "{ ", " }")));
        }
        for (int aliases : new int[] {51, 200, 1000, 3000}) {
            query(aliases + " aliases of totalCount", IntStream.range(0, aliases).mapToObj(i -> "t" + i + ": totalCount")
                    .collect(Collectors.joining(" ", "{ meetings { ", " } }")));
            query(aliases + " aliases of __typename", IntStream.range(0, aliases).mapToObj(i -> "t" + i + ": __typename")
                    .collect(Collectors.joining(" ", "{ ", " }")));
        }
        for (int levels : new int[] {5, 10, 20, 30, 60}) {
            StringBuilder bomb = new StringBuilder("{ meetings(first: 100) { nodes { ...F0 } } }\n");
            for (int i = 0; i < levels; i++) {
                bomb.append("fragment F").append(i).append(" on Meeting { relation { id } ...F").append(i + 1)
                        .append(" ...F").append(i + 1).append(" }\n");
            }
            bomb.append("fragment F").append(levels).append(" on Meeting { id title }");
            query("fragment bomb " + levels, bomb.toString());
        }
        query("fragment cycle", "{ meetings { nodes { ...A } } } fragment A on Meeting { ...B } "
                + "fragment B on Meeting { ...A }");
        query("fragment on itself", "{ meetings { nodes { ...A } } } fragment A on Meeting { id ...A }");
        query("undefined fragment", "{ meetings { nodes { ...Nope } } }");
        query("fragment on the wrong type", "{ meetings { nodes { ...P } } } fragment P on Person { name }");
        for (int count : new int[] {2, 100, 1000, 3000}) {
            query(count + " @skip directives", "{ meetings " + "@skip(if: false) ".repeat(count) + "{ totalCount } }");
            query(count + " unknown directives", "{ meetings " + "@nope ".repeat(count) + "{ totalCount } }");
            query(count + " distinct @include", "{ meetings " + IntStream.range(0, count)
                    .mapToObj(i -> "@include(if: true)").collect(Collectors.joining(" ")) + " { totalCount } }");
        }
        query("directive with a wrong type", "{ meetings @include(if: \"yes\") { totalCount } }");
        query("directive with an undefined variable", "{ meetings @include(if: $x) { totalCount } }");
        query("directive where none may be", "query @skip(if: true) { __typename }");
    }

    private void introspection() {
        query("introspection, the whole schema", graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY);
        query("introspection nested 30 deep", "{ __type(name: \"Meeting\") { " + "fields { type { ".repeat(15)
                + "name" + " } }".repeat(15) + " } }");
        query("__schema ten times", IntStream.range(0, 10).mapToObj(i -> "s" + i + ": __schema { types { name } }")
                .collect(Collectors.joining(" ", "{ ", " }")));
        query("ofType 60 deep", "{ __type(name: \"Meeting\") { " + "ofType { ".repeat(60) + "name" + " }".repeat(60)
                + " } }");
        query("__type of nothing", "{ __type(name: \"Nope\") { name } }");
        query("__type without name", "{ __type { name } }");
        query("__schema on a meeting", "{ meetings { nodes { __schema { types { name } } } } }");
        query("types fields interfaces possibleTypes", "{ __schema { types { fields { type { fields { type { fields "
                + "{ name } } } } } interfaces { fields { name } } possibleTypes { fields { name } } } } }");
    }

    private void bodies() {
        byte[] oneMiBAndOne = ("{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\"" + "x".repeat(1 << 20)
                + "\"}}").getBytes(StandardCharsets.UTF_8);
        Predicate<RawHttp.Answer> tooLarge = answer -> answer.status() == 413 && answer.body().contains("BODY_TOO_LARGE");
        add("body over 1 MiB, no key", RawHttp.post("/graphql", "application/json", oneMiBAndOne, Map.of()), tooLarge);
        add("body over 1 MiB, a reader's key", RawHttp.post("/graphql", "application/json", oneMiBAndOne,
                Map.of("Authorization", "Bearer " + READER)), tooLarge);
        add("body over 1 MiB, an editor's key", RawHttp.post("/graphql", "application/json", oneMiBAndOne,
                Map.of("Authorization", "Bearer " + EDITOR)), tooLarge);
        add("300 MiB declared, a reader's key", RawHttp.request("POST", "/graphql", Map.of("Host", "127.0.0.1",
                "Content-Type", "application/json", "Content-Length", Integer.toString(300 << 20),
                "Authorization", "Bearer " + READER), "{\"query\":".getBytes(StandardCharsets.UTF_8)), tooLarge);
        add("chunked body over 1 MiB", chunked(oneMiBAndOne), tooLarge);
        add("chunked body, well formed", chunked("{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8)),
                answer -> answer.status() == 200);
        add("body shorter than its Content-Length", RawHttp.request("POST", "/graphql", Map.of("Host", "127.0.0.1",
                "Content-Type", "application/json", "Content-Length", "100", "Connection", "close"),
                "{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8)), answer -> true);
        add("empty body", RawHttp.post("/graphql", "application/json", new byte[0], Map.of()), answer -> true);
    }

    private void contentTypes() {
        byte[] body = "{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", null, "application/json; charset=bogus",
                "application/json; charset=utf-16", "*/*", ";;;", "application/", "json", "application/graphql",
                "application/graphql+json", "application/octet-stream", "text/html"}) {
            add("content type " + type, RawHttp.post("/graphql", type, body, Map.of()), answer -> true);
        }
        add("form-urlencoded with a query", RawHttp.post("/graphql", "application/x-www-form-urlencoded",
                "query=%7B__typename%7D".getBytes(StandardCharsets.UTF_8), Map.of()), answer -> true);
        add("application/graphql with a raw document", RawHttp.post("/graphql", "application/graphql",
                "{ __typename }".getBytes(StandardCharsets.UTF_8), Map.of()), answer -> true);
        for (String accept : new String[] {"text/html", "image/png", "garbage", "application/graphql-response+json",
                "text/event-stream"}) {
            add("accept " + accept, RawHttp.post("/graphql", "application/json", body, Map.of("Accept", accept)),
                    answer -> true);
        }
    }

    private void json() {
        for (String body : List.of("[]", "[{\"query\":\"{ __typename }\"}]", " \n [{\"query\":\"{ __typename }\"},"
                + "{\"query\":\"{ __typename }\"}]", "{", "{\"query\":}", "{\"query\": \"{ __typename }\"",
                "{\"query\": \"{ __typename }\",}", "NaN", "null", "\"{ __typename }\"", "5", "true",
                "{\"query\": null}", "{\"query\": 5}", "{\"query\": [\"{ __typename }\"]}", "{\"query\": {}}",
                "{\"query\": \"{ __typename }\", \"variables\": []}", "{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
                "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}", "{\"query\": \"{ __typename }\", \"operationName\": 5}",
                "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}",
                "{\"query\": \"query A { __typename } query B { __typename }\"}",
                "{\"query\": \"{ __typename }\", \"query\": \"{ nope }\"}", "/* comment */ {\"query\": \"{ __typename }\"}",
                "{\"query\": \"{ __typename }\", \"variables\": {\"deep\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}}",
                "{\"query\": \"{ __typename }\", \"variables\": {\"big\": " + "1".repeat(5_000) + "}}",
                "{\"query\": \"\\ud800 { __typename }\"}", "{\"nope\": 1}", "{}")) {
            json("json " + shorten(body), body);
        }
        byte[][] badUtf8 = {
            {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (int i = 0; i < badUtf8.length; i++) {
            byte[] bad = badUtf8[i];
            add("bad UTF-8 in the query #" + i, RawHttp.post("/graphql", "application/json",
                    concat("{\"query\":\"{ persons(filter: { name: \\\"", bad, "\\\" }) { totalCount } }\"}"), Map.of()),
                    answer -> true);
            add("bad UTF-8 outside strings #" + i, RawHttp.post("/graphql", "application/json",
                    concat("{\"query\":\"{ __typename }\"", bad, "}"), Map.of()), answer -> true);
        }
        add("a byte-order mark first", RawHttp.post("/graphql", "application/json",
                concat("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{\"query\":\"{ __typename }\"}"),
                Map.of()), answer -> true);
        add("UTF-16 body", RawHttp.post("/graphql", "application/json",
                "{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_16), Map.of()), answer -> true);
    }

    private void mutations() {
        String register = "mutation { registerSource(input: { localId: \"x\", publisher: \"p\", title: \"t\", "
                + "language: \"en\", text: \"some text\" }) { source { id } userErrors { code } } }";
        Predicate<RawHttp.Answer> unauthorized = answer -> answer.status() == 401;
        add("mutation without a key", graphQl(register, null, null), unauthorized);
        add("mutation named among queries, without a key", graphQl("query Q { __typename } " + register.replace(
                "mutation {", "mutation M {"), null, Map.of("operationName", "M")), unauthorized);
        add("mutation with a reader's key", graphQl(register, READER, null),
                answer -> answer.body().contains("FORBIDDEN"));
        add("mergePersons with an editor's key", graphQl("mutation { mergePersons(input: { survivorId: \"" + PERSON
                + "\", mergedId: \"" + PERSON + "\", evidence: [] }) { userErrors { code } } }", EDITOR, null),
                answer -> answer.body().contains("FORBIDDEN"));
        add("mutation with an unknown key", graphQl(register, "no-such-key", null), unauthorized);
        for (String input : List.of("{}", "{ relationId: \"" + RELATION + "\" }", "{ relationId: \"nope\", title: \"t\" }",
                "{ localId: \"hostile\", relationId: \"" + MEETING + "\", title: \"t\", kind: TALKS, status: HELD, "
                        + "startDate: \"2025-13\", evidence: [] }",
                "{ localId: \"hostile\", relationId: \"" + RELATION + "\", title: \"t\", kind: TALKS, status: HELD, "
                        + "startDate: \"2025-12-01\", evidence: [{ sourceId: \"" + SOURCE + "\", quote: \"not there\" }] }",
                "{ localId: \"" + "x".repeat(10_000) + "\", relationId: \"" + RELATION + "\", title: \"t\", kind: TALKS, "
                        + "status: HELD, startDate: \"2025-12-01\", evidence: [{ sourceId: \"nope\", quote: \"q\" }] }")) {
            add("recordMeeting " + shorten(input), graphQl("mutation { recordMeeting(input: " + input
                    + ") { meeting { id } userErrors { code field } } }", EDITOR, null), answer -> true);
        }
        for (String input : List.of("{ id: \"" + MEETING + "\", expectedVersion: -1, title: \"x\" }",
                "{ id: \"" + MEETING + "\", expectedVersion: 2147483647, title: \"x\" }",
                "{ id: \"" + PERSON + "\", expectedVersion: 1, title: \"x\" }",
                "{ id: \"" + MEETING + "\", expectedVersion: 999 }")) {
            add("updateMeeting " + shorten(input), graphQl("mutation { updateMeeting(input: " + input
                    + ") { meeting { id } userErrors { code field } } }", EDITOR, null), answer -> true);
        }
        add("a subscription over HTTP", graphQl("subscription { meetingRecorded { id } }", null, null),
                answer -> answer.body().contains("SUBSCRIPTION_OVER_HTTP"));
        add("a subscription with a key", graphQl("subscription { relationChanged(relationId: \"" + RELATION
                + "\") { id } }", READER, null), answer -> answer.body().contains("SUBSCRIPTION_OVER_HTTP"));
    }

    private void persistedQueries() {
        String zeros = "0".repeat(64);
        for (String extensions : List.of("{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + zeros + "\"}}",
                "{\"persistedQuery\": {\"version\": 2, \"sha256Hash\": \"" + zeros + "\"}}",
                "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"xyz\"}}",
                "{\"persistedQuery\": {\"version\": 1}}", "{\"persistedQuery\": \"x\"}",
                "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": 5}}")) {
            json("persisted query " + shorten(extensions), "{\"extensions\": " + extensions + "}");
            json("persisted query with a query " + shorten(extensions), "{\"query\": \"{ __typename }\", "
                    + "\"extensions\": " + extensions + "}");
        }
    }

    private void methods() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "GET"}) {
            add(method + " /graphql", RawHttp.request(method, "/graphql", Map.of("Host", "127.0.0.1",
                    "Connection", "close"), new byte[0]), answer -> true);
        }
        for (String path : new String[] {"/graphq", "/graphql/", "/graphql/../actuator/env", "/actuator/env",
                "/graphql/schema/x", "/%2e%2e/etc/passwd", "/graphql?query=%7B__typename%7D"}) {
            add("GET " + path, RawHttp.request("GET", path, Map.of("Host", "127.0.0.1", "Connection", "close"),
                    new byte[0]), answer -> true);
        }
    }

    // ------------------------------------------------------------------ making requests

    private void query(String name, String document) {
        query(name, document, null);
    }

    private void query(String name, String document, Map<String, Object> variables) {
        add(name, graphQl(document, null, variables == null ? null : Map.of("variables", variables)), answer -> true);
    }

    private void json(String name, String body) {
        add(name, RawHttp.post("/graphql", "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of()),
                answer -> true);
    }

    private void add(String name, byte[] request, Predicate<RawHttp.Answer> also) {
        cases.add(new Hostile(name, request, also));
    }

    private static byte[] graphQl(String document, String secret, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        if (more != null) {
            body.putAll(more);
        }
        return RawHttp.post("/graphql", "application/json", JSON.writeValueAsBytes(body),
                secret == null ? Map.of() : Map.of("Authorization", "Bearer " + secret));
    }

    private static byte[] chunked(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 65_536) {
            int size = Math.min(65_536, body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return RawHttp.request("POST", "/graphql", Map.of("Host", "127.0.0.1", "Content-Type", "application/json",
                "Transfer-Encoding", "chunked", "Connection", "close"), out.toByteArray());
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<String> lines(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 60 ? flat.substring(0, 60) + "… (" + text.length() + " chars)" : flat;
    }
}
