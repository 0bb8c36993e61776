package org.entente.application.port.out;

import java.util.Collection;
import java.util.List;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.meeting.MeetingId;

/** The stored instruments. */
public interface Instruments extends AggregateStore<InstrumentId, Instrument>, ListedBy<InstrumentCriteria, Instrument> {
    /** The instruments concluded at any of these meetings, in one round trip, in instrument order. */
    List<Instrument> findConcludedAt(Collection<MeetingId> meetings);
}
