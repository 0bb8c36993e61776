package org.entente.storage.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Instruments;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.meeting.MeetingId;

/** Instruments in memory. */
final class InMemoryInstruments extends InMemoryStore<InstrumentId, Instrument> implements Instruments {
    InMemoryInstruments(InMemoryUnits units) {
        super(units, "instrument");
    }

    @Override
    public Page<Instrument> page(InstrumentCriteria criteria, PageRequest request) {
        return page(criteria::matches, InstrumentCriteria::keyOf, request);
    }

    @Override
    public long count(InstrumentCriteria criteria) {
        return countWhere(criteria::matches);
    }

    @Override
    public List<Instrument> findConcludedAt(Collection<MeetingId> meetings) {
        Set<MeetingId> wanted = Set.copyOf(meetings);
        return where(i -> i.meeting() != null && wanted.contains(i.meeting()),
                Comparator.comparing(InstrumentCriteria::keyOf));
    }
}
