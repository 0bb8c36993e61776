package org.entente.storage.mongodb;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.entente.application.history.Change;

/**
 * A change as the document one instance inserts into {@value #COLLECTION} and every instance reads back from the
 * collection's change stream: the notice's fields, and when it was written (its TTL index removes it later).
 */
final class ChangeNotices {
    static final String COLLECTION = "changeNotices";
    static final String WRITTEN = "writtenAt";

    private ChangeNotices() {
    }

    static Document toDocument(Change change, Instant writtenAt) {
        Document notice = new Document("aggregate", change.aggregate()).append("id", change.id())
                .append("version", change.version()).append("operation", change.operation());
        if (change.relation() != null) {
            notice.append("relation", change.relation());
        }
        return notice.append(WRITTEN, Date.from(writtenAt));
    }

    /** The change a notice holds; a document that is no notice is refused, naming what it lacks. */
    static Change fromDocument(Document notice) {
        if (notice == null) {
            throw new IllegalArgumentException("the change event holds no document");
        }
        Object version = notice.get("version");
        if (!(version instanceof Number number)) {
            throw new IllegalArgumentException("the change notice " + notice.toJson() + " has no numeric version");
        }
        String aggregate = notice.getString("aggregate");
        String id = notice.getString("id");
        String operation = notice.getString("operation");
        if (aggregate == null || id == null || operation == null) {
            throw new IllegalArgumentException("the change notice " + notice.toJson()
                    + " lacks its aggregate, id or operation");
        }
        return new Change(aggregate, id, number.longValue(), notice.getString("relation"), operation);
    }
}
