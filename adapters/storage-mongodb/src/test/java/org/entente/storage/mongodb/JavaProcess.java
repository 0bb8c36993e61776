package org.entente.storage.mongodb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second JVM on this test's class path, running one of the test's own main classes, for what needs another process. */
final class JavaProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader output;

    private JavaProcess(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static JavaProcess start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx128m", main.getName()));
        command.addAll(List.of(args));
        return new JavaProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    long pid() {
        return process.pid();
    }

    /** The first line the process prints that starts with {@code prefix}; fails if it ends or says nothing in time. */
    String awaitLine(String prefix) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        throw new IllegalStateException("the process said no line starting with '" + prefix + "'");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Opens the data file of its argument and holds it until killed. */
    static final class HoldsTheFile {
        public static void main(String[] args) throws Exception {
            try (EmbeddedMongo server = EmbeddedMongo.onFile(Path.of(args[0]))) {
                System.out.println("open " + server.connectionString());
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            }
        }
    }

    /** Sends a ping to the server of its argument and says what came back. */
    static final class Pings {
        public static void main(String[] args) {
            try (var client = com.mongodb.client.MongoClients.create(com.mongodb.MongoClientSettings.builder()
                    .applyConnectionString(new com.mongodb.ConnectionString(args[0]))
                    .applyToClusterSettings(c -> c.serverSelectionTimeout(1500, TimeUnit.MILLISECONDS))
                    .build())) {
                client.getDatabase("admin").runCommand(new org.bson.Document("ping", 1));
                System.out.println("answered");
            } catch (RuntimeException refused) {
                System.out.println("refused: " + refused.getMessage());
            }
        }
    }
}
