package org.entente.storage.memory;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.entente.application.port.out.Receipts;
import org.entente.application.receipt.Receipt;

/** Idempotency keys in memory: {@code putIfAbsent} makes a claim atomic. */
final class InMemoryReceipts implements Receipts {
    private final InMemoryUnits units;
    private final ConcurrentMap<String, Receipt> byKey = new ConcurrentHashMap<>();

    InMemoryReceipts(InMemoryUnits units) {
        this.units = units;
    }

    @Override
    public Optional<Receipt> claim(Receipt claim) {
        return units.write(() -> {
            Optional<Receipt> held = Optional.ofNullable(byKey.putIfAbsent(claim.key(), claim));
            if (held.isEmpty()) {
                units.undoWith(() -> byKey.remove(claim.key()));
            }
            return held;
        });
    }

    @Override
    public void settle(String key, String resultId) {
        units.write(() -> {
            Receipt claimed = byKey.get(key);
            if (claimed != null) {
                byKey.put(key, new Receipt(key, claimed.operation(), claimed.fingerprint(), resultId));
                units.undoWith(() -> byKey.put(key, claimed));
            }
            return null;
        });
    }

    @Override
    public Optional<Receipt> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
