package org.entente.storage.contract;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * Another writer saving new records on a thread of its own while a reader walks a listing. The reader calls
 * {@link #awaitOneMore()} between its pages, so that at least one insert lands between any two pages whatever
 * the scheduling; the writer is otherwise free to race the reader's queries.
 */
final class BackgroundInserts<A> implements AutoCloseable {
    private static final int PLENTY = Integer.MAX_VALUE / 2;

    private final Semaphore insertsSinceLastPage = new Semaphore(0);
    private final List<A> inserted = new CopyOnWriteArrayList<>();
    private final Thread writer;
    private volatile boolean stopped;
    private volatile Throwable failure;

    /** Starts saving {@code next.apply(0)}, {@code next.apply(1)}, … up to {@code most} records. */
    BackgroundInserts(IntFunction<A> next, UnaryOperator<A> save, int most) {
        writer = new Thread(() -> {
            try {
                for (int i = 0; i < most && !stopped; i++) {
                    inserted.add(save.apply(next.apply(i)));
                    insertsSinceLastPage.release();
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                insertsSinceLastPage.release(PLENTY);
            }
        }, "contract-background-inserts");
        writer.setDaemon(true);
        writer.start();
    }

    /** Blocks until the writer has saved one more record since the last call (or has finished). */
    void awaitOneMore() {
        insertsSinceLastPage.acquireUninterruptibly();
    }

    /** The records saved so far, as saved. */
    List<A> inserted() {
        return List.copyOf(inserted);
    }

    /** Stops the writer, waits for it, and fails if it failed. */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        writer.join();
        if (failure != null) {
            throw new AssertionError("the background writer failed", failure);
        }
    }
}
