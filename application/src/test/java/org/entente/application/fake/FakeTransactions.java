package org.entente.application.fake;

import java.util.List;
import java.util.function.Supplier;
import org.entente.application.port.out.Transactions;

/**
 * Units of work over the fakes, for use-case tests: a copy of every fake is taken as a unit begins and put back if
 * it throws, so a test sees exactly what a failed unit leaves behind in a real store: nothing.
 */
public final class FakeTransactions implements Transactions {
    /** A fake whose contents can be copied now and put back later. */
    interface Restorable {
        /** Copies the contents; running the result puts them back. */
        Runnable copy();
    }

    private final List<Restorable> fakes;
    private int units;
    private int bulkWrites;

    FakeTransactions(List<Restorable> fakes) {
        this.fakes = List.copyOf(fakes);
    }

    @Override
    public synchronized <T> T inOne(Supplier<T> work) {
        units++;
        List<Runnable> putBack = fakes.stream().map(Restorable::copy).toList();
        try {
            return work.get();
        } catch (RuntimeException | Error failed) {
            putBack.forEach(Runnable::run);
            throw failed;
        }
    }

    @Override
    public synchronized void bulkWritten() {
        bulkWrites++;
    }

    /** How many times a bulk write was told. */
    public synchronized int bulkWrites() {
        return bulkWrites;
    }

    /** How many units were opened. */
    public synchronized int units() {
        return units;
    }
}
