package org.entente.storage.mongodb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 MVStore the embedded server keeps its data in, opened only once it can be trusted, and made durable on
 * demand. Before anything is served from a file it must be writable (also by mode, which root's permissions would
 * otherwise ignore), no other process may hold it (a lock file beside it names the holder), and it must read back
 * whole: every page of every map is read, the version is no older than the {@link Seal} says it was, and after a
 * clean shutdown what it holds hashes to what it held then. Commits are the caller's ({@link EmbeddedUnits}): this
 * store never commits on its own.
 */
final class DataFile implements AutoCloseable {
    /** How long a chunk left behind by a commit is kept before its space is used again, in ms (MVStore's default). */
    static final int RETENTION = 45_000;
    /** How long the start may spend compacting the file, in ms. */
    static final int COMPACTION = 2_000;
    private static final int SAID = 160;

    /** The files open in this process: a second channel on one would drop the first one's lock as it closed. */
    private static final Set<Path> OPEN_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final MVStore store;
    private final Seal seal;
    /** Holds the lock on the lock file for as long as it is open. */
    private final FileChannel lockChannel;

    private DataFile(Path file, MVStore store, Seal seal, FileChannel lockChannel) {
        this.file = file;
        this.store = store;
        this.seal = seal;
        this.lockChannel = lockChannel;
    }

    /** An MVStore in memory: nothing to check, nothing durable, lost at close. */
    static DataFile inMemory() {
        return new DataFile(null, new MVStore.Builder().autoCommitDisabled().open(), null, null);
    }

    /** The data file at {@code path}, created with its folder if absent, opened if it can be trusted. */
    static DataFile open(Path path) {
        Path file = path.toAbsolutePath().normalize();
        Path folder = file.getParent();
        requireFolder(file, folder);
        boolean existed = Files.exists(file);
        if (existed) {
            if (!Files.isRegularFile(file)) {
                throw new DataFileRefusedException(file, "the data file " + file + " is not a regular file: point "
                        + "entente.storage.embedded.path at a file");
            }
            if (!writable(file)) {
                throw new DataFileRefusedException(file, "the data file " + file + " is read-only (" + mode(file)
                        + "): the service writes every change to it; make it writable, or point "
                        + "entente.storage.embedded.path elsewhere");
            }
        }
        if (!OPEN_HERE.add(file)) {
            throw new DataFileRefusedException(file, "the data file " + file + " is open in this process already: "
                    + "give the second store another entente.storage.embedded.path");
        }
        FileChannel lockChannel = null;
        Seal seal = null;
        MVStore store = null;
        try {
            lockChannel = FileChannel.open(lockFile(file), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            lockOrRefuse(file, lockChannel);
            seal = Seal.open(file);
            if (seal.spoilt()) {
                throw new DataFileRefusedException(file, "the seal " + seal.path() + " beside the data file is "
                        + "damaged; if the data file is known to be good, delete the seal to accept it as it is");
            }
            Seal.Mark sealed = seal.latest().orElse(null);
            if ((!existed || Files.size(file) == 0) && sealed != null && sealed.version() > 0) {
                throw new DataFileRefusedException(file, "the data file " + file + " is missing or empty, but its "
                        + "seal " + seal.path() + " says it held version " + sealed.version() + ": restore the file "
                        + "from a backup, or delete the seal to start with an empty store");
            }
            store = openStore(file);
            long version = store.getCurrentVersion();
            if (sealed != null && sealed.version() > version) {
                throw new DataFileRefusedException(file, "the data file " + file + " holds version " + version
                        + " but had reached version " + sealed.version() + " (its seal " + seal.path() + " says so): "
                        + "it was cut short or replaced by an older copy; restore it from a backup, or delete the seal "
                        + "to accept it as it is");
            }
            long digest = digestOrRefuse(file, store);
            if (sealed != null && sealed.hasDigest() && sealed.version() == version && sealed.digest() != digest) {
                throw new DataFileRefusedException(file, "the data file " + file + " is corrupt: what it holds differs "
                        + "from what it held when the service last stopped (version " + version + "); restore it "
                        + "from a backup");
            }
            compact(store);
            seal.record(new Seal.Mark(store.getCurrentVersion(), 0));
            writeHolder(lockChannel);
            return new DataFile(file, store, seal, lockChannel);
        } catch (IOException e) {
            closeQuietly(store, seal, lockChannel);
            OPEN_HERE.remove(file);
            throw new DataFileRefusedException(file, "the data file " + file + " cannot be opened: " + e, e);
        } catch (RuntimeException e) {
            closeQuietly(store, seal, lockChannel);
            OPEN_HERE.remove(file);
            throw e;
        }
    }

    MVStore store() {
        return store;
    }

    /** Where the data lives, absent in memory. */
    Path file() {
        return file;
    }

    /** Makes every commit up to {@code version} durable: forces the file to disk, then moves the seal on. */
    void sync(long version) {
        if (file == null) {
            return;
        }
        store.sync();
        seal.record(new Seal.Mark(version, 0));
    }

    /**
     * Commits what is left, forces it to disk, seals the version with a digest of everything the file holds and
     * closes the store; the next start checks the file against both.
     */
    @Override
    public void close() {
        if (file == null) {
            store.close();
            return;
        }
        try {
            if (!store.isClosed()) {
                store.commit();
                store.sync();
                seal.record(new Seal.Mark(store.getCurrentVersion(), digest(store)));
                store.close();
            }
        } finally {
            closeQuietly(null, seal, lockChannel);
            OPEN_HERE.remove(file);
        }
    }

    private static void requireFolder(Path file, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataFileRefusedException(file, "cannot create the folder " + folder + " of the data file " + file
                    + ": " + e);
        }
        if (!writable(folder)) {
            throw new DataFileRefusedException(file, "the folder " + folder + " of the data file " + file + " is read-only ("
                    + mode(folder) + "): the service keeps its data file, its lock and its seal there; make it "
                    + "writable, or point entente.storage.embedded.path elsewhere");
        }
    }

    private static void lockOrRefuse(Path file, FileChannel lockChannel) throws IOException {
        FileLock lock = lockChannel.tryLock();
        if (lock == null) {
            String holder = holderOf(lockChannel);
            throw new DataFileRefusedException(file, "the data file " + file + " is in use by another process"
                    + (holder.isEmpty() ? "" : " (" + holder + ")") + ": stop it first, or give this one another "
                    + "entente.storage.embedded.path; to export or import while that service runs, use its "
                    + "GET or POST /admin/dataset with an ADMIN key (docs/operations.md)");
        }
    }

    private static MVStore openStore(Path file) {
        MVStore store;
        try {
            // commits are the units' alone: no background writer, and no commit when enough changes pile up
            store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().autoCommitBufferSize(0)
                    .open();
        } catch (RuntimeException e) {
            throw new DataFileRefusedException(file, "the data file " + file + " is corrupt or is no H2 MVStore file ("
                    + firstLine(e) + "); restore it from a backup", e);
        }
        if (store.getFileStore().isReadOnly()) {
            store.closeImmediately();
            throw new DataFileRefusedException(file, "the data file " + file + " can only be read: the service writes "
                    + "every change to it; make it writable, or point entente.storage.embedded.path elsewhere");
        }
        store.setRetentionTime(RETENTION);
        return store;
    }

    private static long digestOrRefuse(Path file, MVStore store) {
        try {
            return digest(store);
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw new DataFileRefusedException(file, "the data file " + file + " is corrupt: " + firstLine(e)
                    + "; restore it from a backup", e);
        }
    }

    /** Reads every entry of every map, in order, into one 64-bit FNV-1a hash; never 0 (the seal's "no digest"). */
    static long digest(MVStore store) {
        long hash = 0xcbf29ce484222325L;
        for (String name : new TreeSet<>(store.getMapNames())) {
            MVMap<Object, Object> map = store.openMap(name);
            hash = mix(hash, name);
            for (Map.Entry<Object, Object> entry : map.entrySet()) {
                hash = mix(hash, String.valueOf(entry.getKey()));
                hash = mix(hash, String.valueOf(entry.getValue()));
            }
        }
        return hash == 0 ? 1 : hash;
    }

    private static long mix(long hash, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return (hash ^ 0xff) * 0x100000001b3L;
    }

    /** Rewrites sparse chunks once, at the start, while nothing else runs; then chunks are kept as long as usual. */
    private static void compact(MVStore store) {
        store.compactFile(COMPACTION);
        store.setRetentionTime(RETENTION);
    }

    private static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        // root may write anything: a mode without any write bit is still read as the owner's wish
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path);
            return mode.contains(PosixFilePermission.OWNER_WRITE) || mode.contains(PosixFilePermission.GROUP_WRITE)
                    || mode.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException notPosix) {
            return true;
        }
    }

    private static String mode(Path path) {
        try {
            return "mode " + PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (UnsupportedOperationException | IOException notPosix) {
            return "not writable";
        }
    }

    private static Path lockFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private static void writeHolder(FileChannel lockChannel) throws IOException {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            host = "this host";
        }
        String holder = "process " + ManagementFactory.getRuntimeMXBean().getPid() + " on " + host + ", since "
                + Instant.now();
        lockChannel.truncate(0);
        lockChannel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
    }

    private static String holderOf(FileChannel lockChannel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(200);
            lockChannel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            return "";
        }
    }

    /** The store's own words about what failed, in a line of at most {@value #SAID} characters. */
    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
        int dump = message.indexOf(" [");
        if (dump > 0) {
            message = message.substring(0, dump);
        }
        return message.length() <= SAID ? message : message.substring(0, SAID) + "…";
    }

    private static void closeQuietly(MVStore store, Seal seal, FileChannel lockChannel) {
        try {
            if (store != null && !store.isClosed()) {
                store.closeImmediately();
            }
            if (seal != null) {
                seal.close();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // already failing: the first failure is the one to report
        }
    }
}
