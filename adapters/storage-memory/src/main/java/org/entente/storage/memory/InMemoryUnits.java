package org.entente.storage.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.entente.application.port.out.Transactions;

/**
 * Units of work over one in-memory store: units, and the writes made outside one, take turns; each write inside a
 * unit leaves an undo step, and a unit that throws runs its steps backwards, so that it leaves nothing it wrote.
 * Readers do not wait: they may see a unit's writes before it ends.
 */
final class InMemoryUnits implements Transactions {
    private final ReentrantLock turn = new ReentrantLock();
    /** The undo steps of the unit open on this thread, latest first; absent outside a unit. */
    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

    @Override
    public <T> T inOne(Supplier<T> work) {
        turn.lock();
        Deque<Runnable> steps = new ArrayDeque<>();
        undo.set(steps);
        try {
            return work.get();
        } catch (RuntimeException | Error failed) {
            steps.forEach(Runnable::run);
            throw failed;
        } finally {
            undo.remove();
            turn.unlock();
        }
    }

    /** Makes one write, in its turn; inside a unit, {@code change} leaves its undo step with {@link #undoWith}. */
    <T> T write(Supplier<T> change) {
        turn.lock();
        try {
            return change.get();
        } finally {
            turn.unlock();
        }
    }

    /** What puts back the write just made, should the unit open on this thread fail; nothing outside a unit. */
    void undoWith(Runnable step) {
        Deque<Runnable> steps = undo.get();
        if (steps != null) {
            steps.push(step);
        }
    }
}
