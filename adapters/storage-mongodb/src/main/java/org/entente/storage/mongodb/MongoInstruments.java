package org.entente.storage.mongodb;

import java.util.Collection;
import java.util.List;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.port.out.Instruments;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.meeting.MeetingId;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Instruments in MongoDB, collection {@code instruments}. A date range selects the instruments whose signing date
 * may fall in it; an undated instrument has no stored days and so matches no range.
 */
final class MongoInstruments extends MongoListedStore<InstrumentId, Instrument, InstrumentDocument, InstrumentCriteria>
        implements Instruments {
    MongoInstruments(MongoSite site) {
        super(site, InstrumentDocument.class, "instrument", RecordsToDocuments.MAPPER::toDocument,
                DocumentsToRecords.MAPPER::toInstrument, null);
    }

    @Override
    public List<Instrument> findConcludedAt(Collection<MeetingId> meetings) {
        return meetings.isEmpty() ? List.of() : list(Criteria.where("meeting").in(values(meetings)), "sortKey");
    }

    @Override
    Criteria filter(InstrumentCriteria criteria) {
        return new Conditions()
                .equal("relation", criteria.relation(), relation -> relation.value())
                .equal("kind", criteria.kind(), kind -> kind.name())
                .atLeast("signedLast", criteria.from(), from -> from.first().toString())
                .atMost("signedFirst", criteria.to(), to -> to.last().toString())
                .equal("parties.country", criteria.country(), country -> country.code())
                .all();
    }
}
