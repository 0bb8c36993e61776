package org.entente.storage.mongodb;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the commands the driver sends (each one a round trip to the server), in total and by command name
 * ({@code find}, {@code insert}, {@code update}, {@code aggregate}, …), so that tests and benchmarks can tell what a
 * request cost; a command that fails is counted too, since it cost its round trip. Register it with
 * {@code MongoClientSettings.Builder.addCommandListener}. Thread-safe.
 */
public final class MongoCommandCounter implements CommandListener {
    private final LongAdder total = new LongAdder();
    private final Map<String, LongAdder> byName = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        total.increment();
        byName.computeIfAbsent(event.getCommandName(), name -> new LongAdder()).increment();
    }

    /** Commands started since the last {@link #reset()}. */
    public long total() {
        return total.sum();
    }

    /** Commands of one name ({@code find}, {@code insert}, …) started since the last {@link #reset()}. */
    public long count(String commandName) {
        LongAdder count = byName.get(commandName);
        return count == null ? 0 : count.sum();
    }

    /** Every command name counted, with its count, in name order. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        byName.forEach((name, count) -> {
            long sum = count.sum();
            if (sum > 0) {
                counts.put(name, sum);
            }
        });
        return counts;
    }

    /** Starts counting from zero. */
    public void reset() {
        total.reset();
        byName.values().forEach(LongAdder::reset);
    }
}
