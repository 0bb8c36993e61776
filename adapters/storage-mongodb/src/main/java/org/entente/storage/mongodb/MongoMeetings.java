package org.entente.storage.mongodb;

import java.util.Map;
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
        return new Conditions()
                .equal("relation", criteria.relation(), relation -> relation.value())
                .atLeast("spanEnd", criteria.from(), from -> criteria.fromDay().toString())
                .atMost("spanStart", criteria.to(), to -> criteria.toDay().toString())
                .equal("country", criteria.country(), country -> country.code())
                .equal("attendances.person", criteria.person(), person -> person.value())
                .equal("kind", criteria.kind(), kind -> kind.name())
                .equal("session.mechanism", criteria.mechanism(), mechanism -> mechanism.value())
                .equal("areaKeys", criteria.areaKey(), areaKey -> areaKey)
                .when(criteria.withCommitments(), Criteria.where("committed").is(true))
                .all();
    }
}
