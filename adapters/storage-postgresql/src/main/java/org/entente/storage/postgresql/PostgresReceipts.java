package org.entente.storage.postgresql;

import java.util.Optional;
import org.entente.application.port.out.Receipts;
import org.entente.application.receipt.Receipt;
import org.entente.domain.common.DomainException;

/**
 * The idempotency keys, one row each. A claim inserts the key unless it is held: of concurrent claims PostgreSQL lets
 * one insert and makes the others wait for its transaction, then do nothing; the receipt held is read after.
 */
final class PostgresReceipts implements Receipts {
    private final PostgresSite site;

    PostgresReceipts(PostgresSite site) {
        this.site = site;
    }

    @Override
    public Optional<Receipt> claim(Receipt claim) {
        if ((claim.key() + claim.operation() + claim.fingerprint()).indexOf('\u0000') >= 0) {
            throw new DomainException("TEXT_UNSTORABLE", "an idempotency key holds the character U+0000, which "
                    + "PostgreSQL cannot store; use another key");
        }
        IndexedText.check("the idempotency key", claim.key());
        for (int attempt = 0; attempt < 2; attempt++) {
            int claimed = site.update(new Sql("INSERT INTO receipts (key, operation, fingerprint, result_id) VALUES (")
                    .text(claim.key()).add(", ").text(claim.operation()).add(", ").text(claim.fingerprint())
                    .add(", ").text(claim.resultId()).add(") ON CONFLICT (key) DO NOTHING"));
            if (claimed == 1) {
                return Optional.empty();
            }
            // a statement of its own, so it sees the receipt the insert waited for, committed meanwhile
            Optional<Receipt> held = find(claim.key());
            if (held.isPresent()) {
                return held;
            }
        }
        throw new IllegalStateException("the idempotency key '" + claim.key() + "' is neither free nor held");
    }

    @Override
    public void settle(String key, String resultId) {
        site.update(new Sql("UPDATE receipts SET result_id = ").text(resultId).add(" WHERE key = ").text(key));
    }

    @Override
    public Optional<Receipt> find(String key) {
        if (key.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        return site.query(new Sql("SELECT key, operation, fingerprint, result_id FROM receipts WHERE key = ")
                .text(key), (rows, n) -> new Receipt(rows.getString("key"), rows.getString("operation"),
                rows.getString("fingerprint"), rows.getString("result_id"))).stream().findFirst();
    }
}
