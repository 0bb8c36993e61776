package org.entente.bootstrap.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.bootstrap.EntenteApplication;

/**
 * The service in a JVM of its own, as {@code java -jar} would run it, on this JVM's class path: for what needs a
 * real process (to be killed with SIGKILL, to print its own console, to hold a file). Its console goes to a file,
 * so that a chatty service never blocks on a full pipe.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port\\D*(\\d+)");

    private final Process process;
    private final Path console;

    private ServiceProcess(Process process, Path console) {
        this.process = process;
        this.console = console;
    }

    /** Starts the service in {@code folder} (its working directory) with {@code args} after the test defaults. */
    public static ServiceProcess start(Path folder, List<String> args) {
        return start(folder, Map.of(), args);
    }

    /**
     * Starts it with {@code environment} added to this process's environment variables; a {@code MONGODB_URI} among
     * them is the server it runs on (the default {@code --spring.mongodb.uri=}, which would win over it, is left out).
     */
    public static ServiceProcess start(Path folder, Map<String, String> environment, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx512m", "-cp", classPath(),
                EntenteApplication.class.getName(), "--server.port=0", "--spring.main.banner-mode=off",
                // the line that says the port, whatever else the arguments leave out of the log
                "--logging.level.org.springframework.boot.tomcat.TomcatWebServer=INFO"));
        if (!environment.containsKey("MONGODB_URI")) {
            command.add("--spring.mongodb.uri=");
        }
        command.addAll(args);
        try {
            Files.createDirectories(folder);
            Path console = Files.createTempFile(folder, "console-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(console.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ServiceProcess(process, console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This JVM's class path with every entry absolute, since the service runs in a folder of its own. */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    public long pid() {
        return process.pid();
    }

    /** The HTTP port, once the service has started; fails if it exits or takes longer than {@code within}. */
    public int awaitPort(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines()) {
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    return Integer.parseInt(started.group(1));
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + tail());
            }
            sleep(100);
        }
        throw new IllegalStateException("the service did not start within " + within + ":\n" + tail());
    }

    /** Its exit code, once it has exited by itself within {@code within}. */
    public int awaitExit(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the service did not exit within " + within + ":\n" + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** Kills it outright (SIGKILL): no shutdown hook runs, nothing is flushed or closed. */
    public void kill() {
        process.destroyForcibly();
        awaitGone();
    }

    /** Every line it has printed so far. */
    public List<String> lines() {
        try {
            return Files.readAllLines(console, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks it to stop (SIGTERM) and returns at once, as an orchestrator's stop does. */
    public void terminate() {
        process.destroy();
    }

    /** Asks it to stop (SIGTERM), then kills it if it has not stopped in half a minute. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private void awaitGone() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether it is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    private String tail() {
        List<String> lines = lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
