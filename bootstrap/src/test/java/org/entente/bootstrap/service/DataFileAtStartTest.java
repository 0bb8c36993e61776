package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.entente.bootstrap.process.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file the service cannot trust stops its start with one line: the file, what is wrong, what would put it
 * right; no stack trace, nothing served, exit status 1. One test per way a file goes bad: read-only, held by
 * another running service, cut short, changed in place. Each runs the service as its own process, to read its
 * console as an operator would.
 */
class DataFileAtStartTest {
    private static final Duration START = Duration.ofSeconds(90);

    /** A data file the service stored the shipped data set in, and then stopped cleanly: each test takes a copy. */
    @TempDir
    static Path pristine;

    @TempDir
    Path folder;
    private Path file;

    @BeforeAll
    static void aServiceStoresTheShippedDataSetAndStops() {
        try (ServiceProcess first = ServiceProcess.start(pristine,
                List.of("--entente.storage.embedded.path=" + pristine.resolve("entente.mv")))) {
            first.awaitPort(START);
        }
        assertThat(pristine.resolve("entente.mv")).isRegularFile();
    }

    @BeforeEach
    void copyTheFileAndItsSeal() throws IOException {
        file = folder.resolve("data").resolve("entente.mv");
        Files.createDirectories(file.getParent());
        Files.copy(pristine.resolve("entente.mv"), file);
        Files.copy(pristine.resolve("entente.mv.seal"), file.resolveSibling("entente.mv.seal"));
    }

    private String path() {
        return "--entente.storage.embedded.path=" + file;
    }

    /** Starts the service on the file and expects it to refuse it in one line that says {@code problem}. */
    private void refusedInOneLine(String problem) {
        try (ServiceProcess refused = ServiceProcess.start(folder, List.of(path()))) {
            assertThat(refused.awaitExit(START)).isEqualTo(1);
            List<String> lines = refused.lines();
            assertThat(lines).filteredOn(line -> line.contains("Entente did not start")).singleElement()
                    .asString().contains("the data file " + file).contains(problem);
            assertThat(lines).as("no stack trace, no second telling").noneMatch(line -> line.startsWith("\tat ")
                    || line.startsWith("Caused by") || line.contains("Exception encountered") || line.contains("WARN")
                    || line.contains("APPLICATION FAILED"));
            assertThat(lines).filteredOn(line -> line.contains("ERROR")).hasSize(1);
            assertThat(lines).noneMatch(line -> line.contains("Tomcat started"));
        }
    }

    @Test
    void aReadOnlyDataFileStopsTheStartInOneLine() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        refusedInOneLine("is read-only (mode r--r-----)");
    }

    @Test
    void aDataFileAnotherServiceHoldsStopsTheStartInOneLineNamingThatProcess() {
        try (ServiceProcess holder = ServiceProcess.start(folder, List.of(path()))) {
            holder.awaitPort(START);
            refusedInOneLine("is in use by another process (process " + holder.pid());
        }
    }

    @Test
    void aDataFileCutShortStopsTheStartInOneLine() throws IOException {
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
            data.setLength(data.length() / 2);
        }
        try (ServiceProcess refused = ServiceProcess.start(folder, List.of(path()))) {
            assertThat(refused.awaitExit(START)).isEqualTo(1);
            assertThat(refused.lines()).filteredOn(line -> line.contains("Entente did not start")).singleElement()
                    .asString().contains("the data file " + file).containsAnyOf("cut short", "is corrupt");
            assertThat(refused.lines()).noneMatch(line -> line.startsWith("\tat "));
        }
    }

    @Test
    void aDataFileChangedInPlaceStopsTheStartInOneLine() throws IOException {
        // a city renamed inside the stored documents: every page still reads, but it is not what was stored
        byte[] bytes = Files.readAllBytes(file);
        byte[] tokyo = "Tokyo".getBytes(StandardCharsets.US_ASCII);
        int renamed = 0;
        for (int i = 0; i + tokyo.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + tokyo.length, tokyo, 0, tokyo.length)) {
                bytes[i + 4] = 'p';
                renamed++;
            }
        }
        assertThat(renamed).isPositive();
        Files.write(file, bytes);
        refusedInOneLine("is corrupt: what it holds differs");
    }
}
