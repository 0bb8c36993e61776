package org.entente.graphql.fake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.application.port.out.Storage;

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
        RecordComponent[] components = Storage.class.getRecordComponents();
        Object[] ports = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int c = 0; c < components.length; c++) {
            types[c] = components[c].getType();
            try {
                ports[c] = counted(components[c].getName(), types[c], components[c].getAccessor().invoke(real));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            this.storage = Storage.class.getDeclaredConstructor(types).newInstance(ports);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
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

    private Object counted(String port, Class<?> type, Object real) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
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
