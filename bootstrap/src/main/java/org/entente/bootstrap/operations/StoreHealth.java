package org.entente.bootstrap.operations;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.entente.application.port.out.RunningStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The store in readiness: UP while it answers its adapter's probe (a MongoDB ping, a PostgreSQL query; the in-memory
 * store always), DOWN with the reason when it fails or takes longer than {@code entente.health.store-timeout}. One
 * probe at a time: while a probe hangs on a dead server, later checks answer DOWN at once rather than pile up threads.
 */
final class StoreHealth implements HealthIndicator, AutoCloseable {
    private final Supplier<RunningStore> stores;
    private final Duration timeout;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "store-probe");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> running;

    StoreHealth(Supplier<RunningStore> stores, Duration timeout) {
        this.stores = stores;
        this.timeout = timeout;
    }

    @Override
    public synchronized Health health() {
        RunningStore store = stores.get();
        if (store == null) {
            return Health.unknown().build();
        }
        if (running == null || running.isDone()) {
            running = prober.submit(store::probe);
        }
        try {
            running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().withDetail("store", store.description()).build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("store", store.description())
                    .withDetail("reason", "no answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            return Health.down().withDetail("store", store.description())
                    .withDetail("reason", failure.getClass().getSimpleName() + ": " + failure.getMessage()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
