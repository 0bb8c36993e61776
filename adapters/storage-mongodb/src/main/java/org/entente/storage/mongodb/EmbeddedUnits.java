package org.entente.storage.mongodb;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * Units of work on the embedded server, which has no transactions of its own: its MVStore is the transaction.
 * Units take turns (and so does every write made outside one, as a unit of its own); a unit that ends well is
 * committed, one that throws is rolled back to the last commit, so the file only ever holds whole units. The answer
 * waits until its commit is on disk; the units that ended meanwhile share one sync (a group commit). Should the
 * store fail to commit or roll back, no later write is acknowledged.
 */
final class EmbeddedUnits implements WriteUnits {
    private final DataFile data;
    private final MVStore store;
    private final ReentrantLock turn = new ReentrantLock();
    private final ReentrantLock syncing = new ReentrantLock();
    /** The version of the latest commit; written in turn, read by the syncs. */
    private volatile long committed;
    /** The latest version known to be on disk; guarded by {@link #syncing}. */
    private long synced;
    private volatile RuntimeException broken;

    EmbeddedUnits(DataFile data) {
        this.data = data;
        this.store = data.store();
        this.committed = store.getCurrentVersion();
        this.synced = committed;
    }

    @Override
    public <T> T inOne(Supplier<T> work) {
        return turn.isHeldByCurrentThread() ? work.get() : unit(work);
    }

    @Override
    public <T> T write(Supplier<T> write) {
        return turn.isHeldByCurrentThread() ? write.get() : unit(write);
    }

    /** Runs {@code close} in turn, once no unit runs and none will: the last commit and the seal are the closer's. */
    void closeWith(Runnable close) {
        turn.lock();
        syncing.lock();
        try {
            broken = new IllegalStateException("the embedded MongoDB server is closed");
            close.run();
        } finally {
            syncing.unlock();
            turn.unlock();
        }
    }

    private <T> T unit(Supplier<T> work) {
        T result;
        long version;
        turn.lock();
        try {
            requireWorking();
            try {
                result = work.get();
            } catch (RuntimeException | Error failed) {
                rollBack(failed);
                throw failed;
            }
            version = commit();
        } finally {
            turn.unlock();
        }
        syncThrough(version);
        return result;
    }

    private long commit() {
        try {
            store.commit();
            committed = store.getCurrentVersion();
            return committed;
        } catch (RuntimeException e) {
            throw breaks("could not be written", e);
        }
    }

    private void rollBack(Throwable failed) {
        try {
            store.rollback();
        } catch (RuntimeException e) {
            e.addSuppressed(failed);
            throw breaks("could not undo a failed unit of work", e);
        }
    }

    /** Forces the file to disk once for every commit made up to now, unless a sync already covered {@code version}. */
    private void syncThrough(long version) {
        syncing.lock();
        try {
            // a closed store was forced to disk whole as it closed
            if (synced >= version || store.isClosed()) {
                return;
            }
            long upTo = committed;
            data.sync(upTo);
            synced = upTo;
        } catch (RuntimeException e) {
            throw breaks("could not be forced to disk", e);
        } finally {
            syncing.unlock();
        }
    }

    private void requireWorking() {
        RuntimeException failure = broken;
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }

    private RuntimeException breaks(String what, RuntimeException cause) {
        broken = new IllegalStateException("the data file " + (data.file() == null ? "in memory" : data.file())
                + " " + what + " (" + cause.getMessage() + "); nothing written since is acknowledged: restart the "
                + "service once the cause is mended", cause);
        return broken;
    }
}
