package org.entente.storage.mongodb;

import java.util.Map;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.port.out.Meetings;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Meetings in MongoDB, collection {@code meetings}; a unique sparse index on the session key keeps one meeting per
 * session number of a mechanism. A date range selects the meetings whose stored span of days overlaps it.
 */
final class MongoMeetings extends MongoListedStore<MeetingId, Meeting, MeetingDocument, MeetingCriteria> implements Meetings {
    MongoMeetings(MongoSite site) {
        super(site, MeetingDocument.class, "meeting", RecordsToDocuments.MAPPER::toDocument,
                DocumentsToRecords.MAPPER::toMeeting,
                new NaturalKey(MeetingDocument.SESSION_INDEX, "SESSION_NUMBER_TAKEN", "session"));
    }

    @Override
    public List<Meeting> findSessionsOf(Collection<MechanismId> mechanisms) {
        return mechanisms.isEmpty() ? List.of()
                : list(Criteria.where("session.mechanism").in(values(mechanisms)), "sortKey");
    }

    @Override
    public Map<MeetingCriteria, Long> commitmentCounts(Collection<MeetingCriteria> criteria) {
        return sums(each(criteria, this::filter), "commitmentCount");
    }

    /**
     * Gives the meetings stored before {@code committed} and {@code commitmentCount} were kept those two keys, read
     * off their commitments; the domain's fields and the version stay as they are.
     */
    static void fillQueryKeys(MongoTemplate mongo) {
        MongoCollection<Document> meetings = mongo.getCollection(mongo.getCollectionName(MeetingDocument.class));
        for (Document older : meetings.find(new Document("commitmentCount", new Document("$exists", false)))
                .comment(IndexedQueries.MAINTENANCE)) {
            int commitments = older.getList("commitments", Document.class, List.of()).size();
            meetings.updateOne(new Document("_id", older.get("_id")), new Document("$set",
                    new Document("committed", commitments > 0).append("commitmentCount", commitments)));
        }
    }

    @Override
    Criteria filter(MeetingCriteria criteria) {
        List<Criteria> conditions = new ArrayList<>();
        if (criteria.relation() != null) {
            conditions.add(Criteria.where("relation").is(criteria.relation().value()));
        }
        if (criteria.from() != null) {
            conditions.add(Criteria.where("spanEnd").gte(criteria.fromDay().toString()));
        }
        if (criteria.to() != null) {
            conditions.add(Criteria.where("spanStart").lte(criteria.toDay().toString()));
        }
        if (criteria.country() != null) {
            conditions.add(Criteria.where("country").is(criteria.country().code()));
        }
        if (criteria.person() != null) {
            conditions.add(Criteria.where("attendances.person").is(criteria.person().value()));
        }
        if (criteria.kind() != null) {
            conditions.add(Criteria.where("kind").is(criteria.kind().name()));
        }
        if (criteria.mechanism() != null) {
            conditions.add(Criteria.where("session.mechanism").is(criteria.mechanism().value()));
        }
        if (criteria.areaKey() != null) {
            conditions.add(Criteria.where("areaKeys").is(criteria.areaKey()));
        }
        if (criteria.withCommitments()) {
            conditions.add(Criteria.where("committed").is(true));
        }
        return allOf(conditions);
    }
}
