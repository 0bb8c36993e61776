package org.entente.storage.memory;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.entente.application.port.out.Receipts;
import org.entente.application.receipt.Receipt;

/** Idempotency keys in memory: {@code putIfAbsent} makes a claim atomic. */
final class InMemoryReceipts implements Receipts {
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
    public void release(String key) {
        byKey.computeIfPresent(key, (k, r) -> r.settled() ? r : null);
    }

    @Override
    public Optional<Receipt> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
