package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs contenders on threads of their own, all released at once, and reports what each returned or threw. */
final class Race {
    private Race() {
    }

    /** What one contender did: a value, or the failure it threw. */
    record Outcome<T>(T value, Throwable failure) {
        boolean won() {
            return failure == null;
        }
    }

    /** The one contender's value that won; every other lost to a {@code refusal}, none to anything else. */
    static <T> T onlyWinner(List<Outcome<T>> outcomes, Class<? extends Throwable> refusal) {
        List<T> winners = outcomes.stream().filter(Outcome::won).map(Outcome::value).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.won()).map(Outcome::failure))
                .allSatisfy(f -> assertThat(f).isInstanceOf(refusal));
        return winners.get(0);
    }

    static <T> List<Outcome<T>> run(List<Callable<T>> contenders) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(contenders.size());
        try {
            CountDownLatch ready = new CountDownLatch(contenders.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> contender : contenders) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return contender.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
