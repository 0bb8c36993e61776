package org.entente.storage.mongodb;

import java.util.Optional;
import org.entente.application.port.out.Receipts;
import org.entente.application.receipt.Receipt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Idempotency keys in MongoDB, collection {@code receipts}: a claim is an insert the id's unique index refuses twice. */
final class MongoReceipts implements Receipts {
    private final MongoTemplate mongo;
    private final WriteUnits units;

    MongoReceipts(MongoSite site) {
        this.mongo = site.mongo();
        this.units = site.units();
    }

    @Override
    public Optional<Receipt> claim(Receipt claim) {
        return units.write(() -> {
            try {
                mongo.insert(new ReceiptDocument(claim.key(), claim.operation(), claim.fingerprint(), null));
                return Optional.empty();
            } catch (DuplicateKeyException held) {
                return find(claim.key());
            }
        });
    }

    @Override
    public void settle(String key, String resultId) {
        units.write(() -> mongo.updateFirst(Query.query(Criteria.where("_id").is(key)),
                Update.update("resultId", resultId), ReceiptDocument.class));
    }

    @Override
    public Optional<Receipt> find(String key) {
        return Optional.ofNullable(mongo.findById(key, ReceiptDocument.class))
                .map(d -> new Receipt(d.id(), d.operation(), d.fingerprint(), d.resultId()));
    }
}
