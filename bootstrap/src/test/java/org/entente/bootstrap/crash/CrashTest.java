package org.entente.bootstrap.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short run of {@link CrashHarness}: two rounds of eight writers on the default file store, the service killed
 * with SIGKILL in each, nothing acknowledged may be lost, no history may disagree with its record, no key may be
 * stuck. (bench/crash.sh runs more rounds and prints the table.)
 */
class CrashTest {
    @TempDir
    Path folder;

    @Test
    void aServiceKilledMidWriteLosesNothingItAcknowledged() throws Exception {
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        List<CrashHarness.Round> rounds = CrashHarness.run(folder, new CrashHarness.Settings(2, 8,
                Duration.ofSeconds(3), 20261201L), new PrintStream(table, true, StandardCharsets.UTF_8));
        System.out.print(table.toString(StandardCharsets.UTF_8));

        assertThat(rounds).hasSize(2);
        assertThat(rounds).as("each round wrote before the kill")
                .allSatisfy(round -> assertThat(round.creations() + round.corrections()).isPositive());
        assertThat(rounds).allSatisfy(round -> {
            assertThat(round.lostCreations()).as("acknowledged creations missing").isZero();
            assertThat(round.lostCorrections()).as("acknowledged corrections lost").isZero();
            assertThat(round.mismatched()).as("histories other than one revision per version").isZero();
            assertThat(round.stuck()).as("keys that do not answer").isZero();
        });
    }
}
