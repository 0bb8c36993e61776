package org.entente.application.fake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.entente.application.port.out.Receipts;
import org.entente.application.receipt.Receipt;

/** Idempotency keys over a concurrent map, for use-case tests. */
public final class FakeReceipts implements Receipts, FakeTransactions.Restorable {
    private final ConcurrentMap<String, Receipt> byKey = new ConcurrentHashMap<>();

    @Override
    public Optional<Receipt> claim(Receipt claim) {
        return Optional.ofNullable(byKey.putIfAbsent(claim.key(), claim));
    }

    @Override
    public void settle(String key, String resultId) {
        byKey.computeIfPresent(key, (k, r) -> new Receipt(k, r.operation(), r.fingerprint(), resultId));
    }

    @Override
    public Runnable copy() {
        Map<String, Receipt> copy = new HashMap<>(byKey);
        return () -> {
            byKey.clear();
            byKey.putAll(copy);
        };
    }

    @Override
    public Optional<Receipt> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public int size() {
        return byKey.size();
    }
}
