package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose.yaml and Dockerfile at the repository's root, read as Docker would read them (no engine runs them
 * here): a three-member replica set and its initiation, two instances on it by a URI that names the set, Prometheus
 * scraping both with the ADMIN key they hold, and an image built in stages whose jar is the one Maven builds.
 */
class DeploymentFilesTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> MEMBERS = List.of("mongo1", "mongo2", "mongo3");
    static final List<String> INSTANCES = List.of("entente1", "entente2");
    /** The port the service listens on in its container: Spring Boot's default, which the image exposes. */
    static final int SERVICE_PORT = 8080;

    final Map<String, Object> compose = yaml(read("compose.yaml"));
    final Map<String, Object> services = map(compose.get("services"));

    @Test
    void the_replica_set_has_three_members_and_an_initiation_that_names_them() {
        for (String member : MEMBERS) {
            Map<String, Object> service = map(services.get(member));
            assertThat(service.get("image")).as(member).isEqualTo("mongo:8");
            assertThat(strings(service.get("command"))).as(member).containsSubsequence("--replSet", "rs0");
        }
        Map<String, Object> init = map(services.get("mongo-init"));
        assertThat(map(init.get("depends_on")).keySet()).containsExactlyInAnyOrderElementsOf(MEMBERS);
        String script = String.join(" ", strings(init.get("command")));
        assertThat(script).contains("rs.initiate(").contains("_id: \"rs0\"");
        Matcher hosts = Pattern.compile("host: \"([^\"]+)\"").matcher(script);
        List<String> initiated = hosts.results().map(found -> found.group(1)).toList();
        assertThat(initiated).containsExactlyElementsOf(MEMBERS.stream().map(member -> member + ":27017").toList());
    }

    @Test
    void two_instances_run_on_the_replica_set_by_its_name_after_its_initiation() {
        for (String name : INSTANCES) {
            Map<String, Object> instance = map(services.get(name));
            assertThat(instance.get("build")).as(name).isEqualTo(".");
            String uri = String.valueOf(map(instance.get("environment")).get("MONGODB_URI"));
            assertThat(uri).as(name).startsWith("mongodb://").contains("replicaSet=rs0");
            assertThat(uri.substring("mongodb://".length(), uri.indexOf('/', "mongodb://".length())).split(","))
                    .containsExactlyElementsOf(MEMBERS.stream().map(member -> member + ":27017").toList());
            assertThat(map(map(instance.get("depends_on")).get("mongo-init")).get("condition"))
                    .isEqualTo("service_completed_successfully");
            // a stop lets running requests finish only if the engine waits longer than the service does
            assertThat(DurationStyle.detectAndParse(String.valueOf(instance.get("stop_grace_period"))))
                    .isGreaterThan(shutdownTimeout());
        }
        List<String> published = INSTANCES.stream().map(name -> strings(map(services.get(name)).get("ports")).get(0))
                .toList();
        assertThat(published).allSatisfy(port -> assertThat(port).endsWith(":" + SERVICE_PORT));
        assertThat(published.stream().map(port -> port.split(":")[0]).distinct()).hasSize(INSTANCES.size());
    }

    @Test
    void prometheus_scrapes_both_instances_with_the_admin_key_they_hold() throws NoSuchAlgorithmException {
        Map<String, Object> prometheus = map(services.get("prometheus"));
        assertThat(prometheus.get("image")).isEqualTo("prom/prometheus");
        Map<String, Object> mounted = map(((List<?>) prometheus.get("configs")).get(0));
        assertThat(mounted.get("target")).isEqualTo("/etc/prometheus/prometheus.yml");
        Map<String, Object> config = yaml(String.valueOf(map(map(compose.get("configs"))
                .get(String.valueOf(mounted.get("source")))).get("content")));
        Map<String, Object> job = map(((List<?>) config.get("scrape_configs")).get(0));
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(strings(map(((List<?>) job.get("static_configs")).get(0)).get("targets")))
                .containsExactlyElementsOf(INSTANCES.stream().map(name -> name + ":" + SERVICE_PORT).toList());
        Map<String, Object> authorization = map(job.get("authorization"));
        assertThat(authorization.get("type")).isEqualTo("Bearer");
        String secretHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(String.valueOf(authorization.get("credentials")).getBytes(StandardCharsets.UTF_8)));
        for (String name : INSTANCES) {
            Map<String, Object> environment = map(map(services.get(name)).get("environment"));
            assertThat(environment.get("ENTENTE_SECURITY_APIKEYS_0_SHA256")).as(name).isEqualTo(secretHash);
            assertThat(environment.get("ENTENTE_SECURITY_APIKEYS_0_ROLE")).as(name).isEqualTo("ADMIN");
        }
    }

    @Test
    void the_image_is_built_in_stages_and_runs_the_jar_maven_builds() throws IOException {
        List<String> lines = read("Dockerfile").lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        List<String> stages = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(stages).containsExactly("FROM maven:3-eclipse-temurin-17 AS build", "FROM eclipse-temurin:17-jre AS run");
        assertThat(lines).anyMatch(line -> line.startsWith("RUN mvn ") && line.contains("-pl bootstrap -am")
                && line.contains("package"));
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>")
                .matcher(Files.readString(ROOT.resolve("bootstrap/pom.xml")));
        assertThat(finalName.find()).isTrue();
        String jar = "bootstrap/target/" + finalName.group(1) + ".jar";
        assertThat(lines).contains("COPY --from=build /src/" + jar + " /app/entente.jar");
        assertThat(lines).anyMatch(line -> line.startsWith("WORKDIR /src"));
        assertThat(lines).contains("EXPOSE " + SERVICE_PORT);
        assertThat(lines.get(lines.size() - 1)).startsWith("ENTRYPOINT [\"java\"").contains("\"-jar\", \"/app/entente.jar\"]");
    }

    @Test
    void no_image_names_a_registry_host() {
        List<String> images = services.values().stream().map(service -> map(service).get("image"))
                .filter(image -> image != null).map(String::valueOf).collect(Collectors.toList());
        read("Dockerfile").lines().filter(line -> line.startsWith("FROM ")).map(line -> line.split("\\s+")[1])
                .forEach(images::add);
        assertThat(images).hasSizeGreaterThanOrEqualTo(5).allSatisfy(image -> {
            String first = image.split("/")[0];
            // a registry host is a first part with a dot or a port, or localhost
            assertThat(image.contains("/") && (first.contains(".") || first.contains(":") || first.equals("localhost")))
                    .as(image).isFalse();
        });
    }

    private static Duration shutdownTimeout() {
        Properties properties = new Properties();
        try (var in = DeploymentFilesTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return DurationStyle.detectAndParse(properties.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
    }

    private static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml().load(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
