package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * An instrument. Beside the fields of the domain: {@code sortKey} (the signing date's, empty when undated) and
 * {@code signedFirst}/{@code signedLast}, the first and last day the signing date may mean (absent when undated).
 */
@Document("instruments")
@CompoundIndex(name = "instrument_order", def = "{'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "instrument_relation_order", def = "{'relation': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "instrument_party_order", def = "{'parties.country': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "instrument_kind_order", def = "{'kind': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "instrument_signed", def = "{'signedFirst': 1, 'signedLast': 1}")
@CompoundIndex(name = "instrument_signed_last", def = "{'signedLast': 1}")
@CompoundIndex(name = "instrument_meeting_order", def = "{'meeting': 1, 'sortKey': 1, '_id': 1}")
record InstrumentDocument(@MongoId(FieldType.STRING) String id, String relation, String title, String kind,
                          Boolean binding, List<Party> parties, List<Signatory> signatories, List<String> witnesses,
                          @Indexed(name = "instrument_meeting") String meeting, String signedOn, String signedAt,
                          List<String> areas, List<StatusChange> statusHistory, List<EvidenceDocument> evidence,
                          @Version long version, String sortKey, String signedFirst, String signedLast)
        implements StoredDocument {

    /** A party: a country, and the organisation that concluded the instrument for it. */
    record Party(String country, String organization) {
    }

    /** Who signed for a side. */
    record Signatory(String person, String titleAsReported, String country) {
    }

    /** A status the instrument reached, and when. */
    record StatusChange(String status, String on, List<EvidenceDocument> evidence) {
    }
}
