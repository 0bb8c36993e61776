package org.entente.bootstrap.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.bootstrap.security.SchemaAccess;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Checks the {@code entente.*} settings that Spring would otherwise read leniently, before any bean is made: a
 * switch is {@code true} or {@code false} and nothing else (Spring's {@code @ConditionalOnProperty} takes any other
 * word for "off" and its binder takes {@code yes}, {@code on} and {@code 1} for "on", so {@code nope} silently
 * turned GraphiQL off), a choice is one of its values, a file to read exists and can be read, a file to write has a
 * folder to go to. A refusal stops the start with one line ({@link SettingRefusedFailureAnalyzer}). Numbers,
 * durations and sizes are checked where they are bound ({@code LimitsProperties} and the like).
 */
public final class StrictSettings implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
    /** Every on/off setting the service reads, with what it switches (docs/operations.md, "Settings"). */
    static final List<String> SWITCHES = List.of(
            "entente.graphiql.enabled",
            "entente.seed.enabled",
            "entente.security.reads-require-key",
            "entente.documents.trusted-only",
            "entente.documents.automatic-persisted-queries",
            "entente.limits.budget.enabled",
            "entente.graphql.schema-inspection",
            "entente.storage.mongodb.change-stream");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    /** After logging is set up, so that the refusal is logged as the service logs everything else. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Refuses the first setting in {@code environment} that is wrong; does nothing when all are right. */
    public static void check(Environment environment) {
        for (String setting : SWITCHES) {
            String value = environment.getProperty(setting);
            if (value != null && !value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
                throw new SettingRefusedException(setting, value, "is neither true nor false");
            }
        }
        choice(environment, "entente.security.schema-access",
                Arrays.stream(SchemaAccess.values()).map(Enum::name).toList());
        String imported = environment.getProperty("entente.import", "").strip();
        if (!imported.isEmpty()) {
            Path file = path("entente.import", imported);
            if (!Files.isRegularFile(file)) {
                throw new SettingRefusedException("entente.import", imported, Files.isDirectory(file)
                        ? "is a folder: name a data set file (docs/data.md)"
                        : "names no file (" + file.toAbsolutePath() + " does not exist): name a data set file");
            }
            if (!Files.isReadable(file)) {
                throw new SettingRefusedException("entente.import", imported, "cannot be read by this process: "
                        + "give it read permission");
            }
        }
        String exported = environment.getProperty("entente.export", "").strip();
        if (!exported.isEmpty()) {
            Path file = path("entente.export", exported).toAbsolutePath();
            Path folder = file.getParent();
            if (Files.isDirectory(file)) {
                throw new SettingRefusedException("entente.export", exported, "is a folder: name the file to write");
            }
            if (folder == null || !Files.isDirectory(folder)) {
                throw new SettingRefusedException("entente.export", exported, "is in a folder that does not exist ("
                        + folder + "): create it first");
            }
            if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
                throw new SettingRefusedException("entente.export", exported, "cannot be written by this process: "
                        + "give it write permission or name another file");
            }
        }
    }

    private static void choice(Environment environment, String setting, List<String> allowed) {
        String value = environment.getProperty(setting);
        if (value != null && !value.isBlank() && !allowed.contains(value.strip().toUpperCase(Locale.ROOT))) {
            throw new SettingRefusedException(setting, value, "is not one of " + allowed.stream()
                    .map(option -> option.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    private static Path path(String setting, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new SettingRefusedException(setting, value, "is not a file path: " + e.getReason());
        }
    }
}
