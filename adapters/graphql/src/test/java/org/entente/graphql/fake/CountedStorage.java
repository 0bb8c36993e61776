package org.entente.graphql.fake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Receipts;
import org.entente.application.port.out.Revisions;
import org.entente.application.port.out.Storage;
import org.entente.application.port.out.Transactions;
import org.springframework.util.ClassUtils;

/**
 * A store's ports, each call counted under the port's and the method's name ({@code meetings.pages}), and any of
 * them made to fail (or to answer slowly) on demand as a broken store would: what the batching tests count and the error tests break.
 * The calls go on to the real ports.
 */
public final class CountedStorage {
    private final Storage storage;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, RuntimeException> failures = new ConcurrentHashMap<>();
    private volatile long delayMillis;

    public CountedStorage(Storage real) {
        // each kind's port counted under the name of its accessor on Storage (meetings, persons)
        this.storage = Storage.of(kind -> (AggregateStore<?, ?>) counted(kind.word() + "s", publicInterfaces(real.of(kind)),
                        real.of(kind)),
                (Revisions) counted("revisions", new Class<?>[] {Revisions.class}, real.revisions()),
                (Receipts) counted("receipts", new Class<?>[] {Receipts.class}, real.receipts()),
                (Transactions) counted("transactions", new Class<?>[] {Transactions.class}, real.transactions()));
    }

    /** Every public interface {@code port} implements: its kind's port (Meetings) and what that extends. */
    private static Class<?>[] publicInterfaces(Object port) {
        return ClassUtils.getAllInterfacesForClassAsSet(port.getClass()).stream()
                .filter(type -> Modifier.isPublic(type.getModifiers())).toArray(Class<?>[]::new);
    }

    /** The counted ports. */
    public Storage storage() {
        return storage;
    }

    /** How many times {@code call} ({@code port.method}) was made since the last {@link #forgetCalls()}. */
    public int calls(String call) {
        AtomicInteger count = calls.get(call);
        return count == null ? 0 : count.get();
    }

    /** Every call made, with how often. */
    public Map<String, Integer> callCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        calls.forEach((call, count) -> counts.put(call, count.get()));
        return counts;
    }

    /** Every call made since the last {@link #forgetCalls()}, of every port and method. */
    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public void forgetCalls() {
        calls.clear();
    }

    /** Makes every {@code call} throw {@code failure} until {@link #heal()}. */
    public void failWith(String call, RuntimeException failure) {
        failures.put(call, failure);
    }

    /** Makes every call take {@code delay} before it answers, as a slow store would, until {@link #heal()}. */
    public void delayEachCall(java.time.Duration delay) {
        delayMillis = delay.toMillis();
    }

    public void heal() {
        failures.clear();
        delayMillis = 0;
    }

    private Object counted(String port, Class<?>[] types, Object real) {
        return Proxy.newProxyInstance(types[0].getClassLoader(), types, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(real, args);
            }
            String call = port + "." + method.getName();
            calls.computeIfAbsent(call, c -> new AtomicInteger()).incrementAndGet();
            RuntimeException failure = failures.get(call);
            if (failure != null) {
                throw failure;
            }
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
