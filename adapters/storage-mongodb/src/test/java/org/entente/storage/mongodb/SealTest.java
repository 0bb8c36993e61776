package org.entente.storage.mongodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seal keeps the latest of its marks across reopening, and a slot spoilt by a torn write costs only that slot. */
class SealTest {
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("entente.mv");
    }

    @Test
    void theLatestMarkSurvivesReopeningAndAcleanStopsDigestWinsOverTheSyncOfTheSameVersion() throws IOException {
        try (Seal seal = Seal.open(file())) {
            assertThat(seal.latest()).isEmpty();
            seal.record(new Seal.Mark(7, 0));
            seal.record(new Seal.Mark(8, 0));
            seal.record(new Seal.Mark(8, 42));
        }
        try (Seal seal = Seal.open(file())) {
            assertThat(seal.latest()).contains(new Seal.Mark(8, 42));
            seal.record(new Seal.Mark(9, 0));
            assertThat(seal.latest()).contains(new Seal.Mark(9, 0));
            seal.record(new Seal.Mark(10, 0));
            assertThat(seal.latest()).contains(new Seal.Mark(10, 0));
        }
    }

    @Test
    void aSlotSpoiltByATornWriteLeavesTheOtherOne() throws IOException {
        try (Seal seal = Seal.open(file())) {
            seal.record(new Seal.Mark(3, 0));
            seal.record(new Seal.Mark(4, 0));
        }
        try (RandomAccessFile bytes = new RandomAccessFile(Seal.beside(file()).toFile(), "rw")) {
            bytes.seek(40 + 12);
            bytes.write(0x7f);
        }
        try (Seal seal = Seal.open(file())) {
            assertThat(seal.latest()).contains(new Seal.Mark(3, 0));
            assertThat(seal.spoilt()).isFalse();
        }
        try (RandomAccessFile bytes = new RandomAccessFile(Seal.beside(file()).toFile(), "rw")) {
            bytes.seek(12);
            bytes.write(0x7f);
        }
        try (Seal seal = Seal.open(file())) {
            assertThat(seal.latest()).isEmpty();
            assertThat(seal.spoilt()).isTrue();
        }
    }
}
