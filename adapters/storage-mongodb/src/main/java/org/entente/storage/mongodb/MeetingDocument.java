package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A meeting with its attendances and commitments. Beside the fields of the domain: {@code sortKey} (the start
 * date's), {@code spanStart} and {@code spanEnd} (the first and last day the meeting may have covered),
 * {@code areaKeys} (folded areas), {@code committed} (whether any commitment was recorded) and
 * {@code commitmentCount}, and {@code sessionKey}, unique and present only for a session, so that meetings without
 * one never collide.
 */
@Document("meetings")
@CompoundIndex(name = "meeting_order", def = "{'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "meeting_relation_order", def = "{'relation': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "meeting_country_order", def = "{'country': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "meeting_attendee_order", def = "{'attendances.person': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "meeting_mechanism_order", def = "{'session.mechanism': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "meeting_area_order", def = "{'areaKeys': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "meeting_span", def = "{'spanStart': 1, 'spanEnd': 1}")
@CompoundIndex(name = "meeting_span_end", def = "{'spanEnd': 1}")
@CompoundIndex(name = "meeting_kind_order", def = "{'kind': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "meeting_relation_committed_order", def = "{'relation': 1, 'committed': 1, 'sortKey': 1, '_id': 1}")
record MeetingDocument(@MongoId(FieldType.STRING) String id, String relation, String title, String kind,
                       String status, String startDate, String endDate, String city, String country, Session session,
                       String visit, List<String> areas, List<String> outcomes, List<Attendance> attendances,
                       List<Commitment> commitments, List<EvidenceDocument> evidence, @Version long version,
                       String sortKey, String spanStart, String spanEnd, List<String> areaKeys, boolean committed,
                       int commitmentCount,
                       @Indexed(name = MeetingDocument.SESSION_INDEX, unique = true, sparse = true) String sessionKey)
        implements StoredDocument {
    static final String SESSION_INDEX = "meeting_session_unique";

    /** The numbered session of a mechanism the meeting is. */
    record Session(String mechanism, int number) {
    }

    /** Who attended, for which side, in which roles. */
    record Attendance(String key, String person, String titleAsReported, String country, List<String> roles,
                      List<EvidenceDocument> evidence) {
    }

    /** What a side took on at the meeting. */
    record Commitment(String key, String text, String kind, List<String> sides, List<String> areas,
                      List<EvidenceDocument> evidence) {
    }
}
