package org.entente.storage.mongodb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * What a data file must hold at least, kept beside it ({@code entente.mv.seal}): the MVStore version last made
 * durable, and, after a clean shutdown, a digest of everything the file held at that version. An MVStore cut short
 * opens at an older version without a word, and one changed in place may still open; the seal tells both apart from
 * a good file. It is two fixed-size slots written in turn, each with its own checksum, so a write torn by a crash
 * spoils only one of them; it is not synced, since a seal that lags the file is still a true lower bound.
 */
final class Seal implements AutoCloseable {
    private static final long MAGIC = 0x454e_5453_4541_4c31L; // ENTSEAL1
    private static final int SLOT = 40;

    /** One slot: the version, and the digest of the contents at that version when there is one (0 when not). */
    record Mark(long version, long digest) {
        boolean hasDigest() {
            return digest != 0;
        }
    }

    private final Path path;
    private final FileChannel channel;
    private int next;

    private Seal(Path path, FileChannel channel, int next) {
        this.path = path;
        this.channel = channel;
        this.next = next;
    }

    static Path beside(Path dataFile) {
        return dataFile.resolveSibling(dataFile.getFileName() + ".seal");
    }

    /** The seal of {@code dataFile}, created empty when absent, and the mark it holds, if any. */
    static Seal open(Path dataFile) throws IOException {
        Path path = beside(dataFile);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        Seal seal = new Seal(path, channel, 0);
        Mark[] slots = {seal.read(0), seal.read(1)};
        // the next mark goes over the older one: an empty slot, else the one latest() does not pick
        seal.next = slots[0] == null ? 0 : slots[1] == null ? 1 : seal.latest().orElseThrow().equals(slots[0]) ? 1 : 0;
        return seal;
    }

    static boolean exists(Path dataFile) {
        return Files.exists(beside(dataFile));
    }

    Path path() {
        return path;
    }

    /** The latest mark of the two slots; empty for a seal never written. */
    Optional<Mark> latest() {
        Mark a = read(0);
        Mark b = read(1);
        if (a == null || b == null) {
            return Optional.ofNullable(a != null ? a : b);
        }
        // of two marks of one version the one with a digest is the later: a clean stop seals the version last synced
        if (a.version() != b.version()) {
            return Optional.of(a.version() > b.version() ? a : b);
        }
        return Optional.of(b.hasDigest() ? b : a);
    }

    /** Whether the seal holds bytes that are not a mark: neither slot readable, yet the file is not empty. */
    boolean spoilt() {
        try {
            return latest().isEmpty() && channel.size() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code mark} into the older slot. */
    void record(Mark mark) {
        ByteBuffer buffer = ByteBuffer.allocate(SLOT);
        buffer.putLong(MAGIC).putLong(mark.version()).putLong(mark.digest());
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 0, 24);
        buffer.putLong(crc.getValue()).putLong(0).flip();
        try {
            channel.write(buffer, (long) next * SLOT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the seal " + path, e);
        }
        next = 1 - next;
    }

    private Mark read(int slot) {
        ByteBuffer buffer = ByteBuffer.allocate(SLOT);
        try {
            if (channel.read(buffer, (long) slot * SLOT) < SLOT) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seal " + path, e);
        }
        buffer.flip();
        if (buffer.getLong() != MAGIC) {
            return null;
        }
        long version = buffer.getLong();
        long digest = buffer.getLong();
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 0, 24);
        return buffer.getLong() == crc.getValue() ? new Mark(version, digest) : null;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the seal " + path, e);
        }
    }
}
