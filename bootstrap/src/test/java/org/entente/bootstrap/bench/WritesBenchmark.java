package org.entente.bootstrap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.entente.bootstrap.EntenteApplication;
import org.entente.bootstrap.process.Curator;
import org.entente.bootstrap.process.WriteMix;
import org.entente.application.port.out.RunningStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How many writes a second the service acknowledges, over HTTP on loopback, with {@code WRITERS} writers of the
 * crash harness's mix (a new meeting under an idempotency key, or a correction from the version just read): on the
 * embedded server's file (every write committed and forced to disk before it is answered), on its memory backend
 * (the same units, nothing on disk) and on the in-memory store. One run, so the stores compare as ratios; prints
 * figures, asserts nothing. Run it with {@code bench/writes.sh}.
 */
public final class WritesBenchmark {
    static final int WRITERS = 8;
    static final Duration WARMUP = Duration.ofSeconds(5);
    static final Duration MEASURED = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("entente-writes-");
        List<String[]> stores = List.of(
                new String[] {"--entente.storage=mongodb", "--entente.storage.embedded.backend=file",
                        "--entente.storage.embedded.path=" + folder.resolve("entente.mv")},
                new String[] {"--entente.storage=mongodb", "--entente.storage.embedded.backend=memory"},
                new String[] {"--entente.storage=memory"});
        System.out.printf(Locale.ROOT, "writes acknowledged per second, %d writers, %d s measured after %d s%n",
                WRITERS, MEASURED.toSeconds(), WARMUP.toSeconds());
        for (String[] store : stores) {
            List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.mongodb.uri=",
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
            arguments.addAll(Arrays.asList(store));
            arguments.addAll(Arrays.asList(Curator.keyProperties()));
            try (ConfigurableApplicationContext service = new SpringApplicationBuilder(EntenteApplication.class)
                    .run(arguments.toArray(String[]::new))) {
                int port = ((WebServerApplicationContext) service).getWebServer().getPort();
                WriteMix mix = new WriteMix(new Curator(port), "bench");
                mix.start(WRITERS, new Random(20261201L));
                Thread.sleep(WARMUP.toMillis());
                int before = mix.acknowledged();
                Thread.sleep(MEASURED.toMillis());
                int measured = mix.acknowledged() - before;
                mix.stop(false);
                System.out.printf(Locale.ROOT, "%8.1f writes/s  %s%n", measured / (double) MEASURED.toSeconds(),
                        service.getBean(RunningStore.class).description());
            }
        }
    }
}
