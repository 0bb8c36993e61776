package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * An event. Beside the fields of the domain: {@code sortKey} (the start date's, empty when undated) and
 * {@code startFirst}/{@code startLast}, the first and last day the start date may mean (absent when undated).
 */
@Document("events")
@CompoundIndex(name = "event_order", def = "{'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "event_relation_order", def = "{'relation': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "event_host_order", def = "{'host': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "event_kind_order", def = "{'kind': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "event_start", def = "{'startFirst': 1, 'startLast': 1}")
@CompoundIndex(name = "event_start_last", def = "{'startLast': 1}")
record EventDocument(@MongoId(FieldType.STRING) String id, String relation, String name, String kind, String host,
                     String hostOrganization, String city, String startDate, String endDate, String status,
                     List<EvidenceDocument> evidence, @Version long version, String sortKey, String startFirst,
                     String startLast) implements StoredDocument {
}
