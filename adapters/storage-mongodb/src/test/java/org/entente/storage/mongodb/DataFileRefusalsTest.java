package org.entente.storage.mongodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.application.port.out.Storage;
import org.entente.domain.meeting.MeetingId;
import org.entente.storage.contract.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file that cannot be trusted is refused before anything is served from it, with one line that names the
 * file, what is wrong and what would put it right: one that cannot be written, one another process holds, one cut
 * short, one corrupt, one replaced by an older copy, one gone while its seal remains. A good file, and one left by a
 * process that died, open as they are.
 */
class DataFileRefusalsTest {
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("data").resolve("entente.mv");
    }

    /** Stores {@code meetings} meetings (numbered from {@code first}) in the file and closes it cleanly. */
    private void store(int first, int meetings) {
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file());
             MongoConnection connection = MongoConnection.open(server.connectionString(), "entente")) {
            Storage storage = MongoStorage.onEmbedded(server, connection.mongo());
            for (int n = first; n < first + meetings; n++) {
                storage.meetings().save(SampleRecords.meeting(new MeetingId("m" + n), n));
            }
        }
    }

    private static Consumer<Throwable> oneLineNaming(Path file, String problem) {
        return refusal -> {
            assertThat(refusal).isInstanceOf(DataFileRefusedException.class);
            assertThat(((DataFileRefusedException) refusal).file()).isEqualTo(file);
            assertThat(refusal.getMessage()).contains(file.toString()).contains(problem).doesNotContain("\n");
        };
    }

    private void refused(ThrowingCallable open, String problem) {
        assertThatThrownBy(open).satisfies(oneLineNaming(file(), problem));
    }

    @Test
    void aGoodFileOpensAndKeepsWhatWasStored() {
        store(0, 30);
        store(30, 30);
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file());
             MongoConnection connection = MongoConnection.open(server.connectionString(), "entente")) {
            assertThat(MongoStorage.onEmbedded(server, connection.mongo()).meetings().count()).isEqualTo(60);
        }
    }

    @Test
    void aReadOnlyFileIsRefused() throws IOException {
        store(0, 3);
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--r--r--"));
        refused(() -> EmbeddedMongo.onFile(file()), "is read-only (mode r--r--r--)");
    }

    @Test
    void aReadOnlyFolderIsRefused() throws IOException {
        store(0, 3);
        Files.setPosixFilePermissions(file().getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> EmbeddedMongo.onFile(file())).satisfies(oneLineNaming(file(), "is read-only"))
                    .hasMessageContaining("the folder " + file().getParent());
        } finally {
            Files.setPosixFilePermissions(file().getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFileAnotherProcessHoldsIsRefusedNamingThatProcess() throws Exception {
        store(0, 3);
        try (JavaProcess holder = JavaProcess.start(JavaProcess.HoldsTheFile.class, file().toString())) {
            holder.awaitLine("open ");
            refused(() -> EmbeddedMongo.onFile(file()), "is in use by another process (process " + holder.pid());
        }
        // once the holder is gone, the file opens again
        store(3, 1);
    }

    @Test
    void aFileOpenInThisProcessAlreadyIsRefused() {
        try (EmbeddedMongo first = EmbeddedMongo.onFile(file())) {
            refused(() -> EmbeddedMongo.onFile(file()), "is open in this process already");
            assertThat(first.dataFile()).contains(file());
        }
    }

    @Test
    void aFileCutShortIsRefused() throws IOException {
        store(0, 400);
        long size = Files.size(file());
        try (RandomAccessFile data = new RandomAccessFile(file().toFile(), "rw")) {
            data.setLength(size / 2);
        }
        assertThatThrownBy(() -> EmbeddedMongo.onFile(file())).satisfies(refusal -> {
            assertThat(refusal).isInstanceOf(DataFileRefusedException.class);
            assertThat(refusal.getMessage()).contains(file().toString()).doesNotContain("\n")
                    .containsAnyOf("cut short", "is corrupt");
        });
    }

    @Test
    void aFileReplacedByAnOlderCopyIsRefused() throws IOException {
        store(0, 20);
        Path older = folder.resolve("entente.mv.old");
        Files.copy(file(), older);
        store(20, 20);
        Files.copy(older, file(), StandardCopyOption.REPLACE_EXISTING);
        refused(() -> EmbeddedMongo.onFile(file()), "was cut short or replaced by an older copy");
        // deleting the seal is how an operator accepts the older copy on purpose
        Files.delete(Seal.beside(file()));
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file());
             MongoConnection connection = MongoConnection.open(server.connectionString(), "entente")) {
            assertThat(MongoStorage.onEmbedded(server, connection.mongo()).meetings().count()).isEqualTo(20);
        }
    }

    @Test
    void aFileChangedInPlaceIsRefusedAsCorrupt() throws IOException {
        store(0, 200);
        // a city renamed inside the stored documents: every page still reads, but it is not what was stored
        Files.write(file(), replaceAll(Files.readAllBytes(file()), "Tokyo", "Tokyp"));
        refused(() -> EmbeddedMongo.onFile(file()), "is corrupt: what it holds differs from what it held");
    }

    /** {@code bytes} with every occurrence of {@code from} (ASCII) replaced by {@code to}, of the same length. */
    static byte[] replaceAll(byte[] bytes, String from, String to) {
        byte[] find = from.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] put = to.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int replaced = 0;
        for (int i = 0; i + find.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + find.length, find, 0, find.length)) {
                System.arraycopy(put, 0, bytes, i, put.length);
                replaced++;
            }
        }
        assertThat(replaced).as("occurrences of " + from).isPositive();
        return bytes;
    }

    @Test
    void aMissingFileWhoseSealRemainsIsRefusedRatherThanStartedEmpty() throws IOException {
        store(0, 3);
        Files.delete(file());
        refused(() -> EmbeddedMongo.onFile(file()), "is missing or empty, but its seal");
    }

    @Test
    void aFileThatIsNoStoreAtAllIsRefused() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "name,country\nNguyễn Minh Vũ,VN\n".repeat(200));
        refused(() -> EmbeddedMongo.onFile(file()), "is corrupt or is no H2 MVStore file");
    }
}
