package org.entente.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.port.out.Instruments;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.meeting.MeetingId;

/** Instruments in memory, in instrument order under the meeting each was concluded at, each relation and each party's country. */
final class InMemoryInstruments extends InMemoryListedStore<InstrumentId, Instrument, InstrumentCriteria>
        implements Instruments {
    private static final int MEETING = 0;

    InMemoryInstruments(InMemoryUnits units) {
        super(units, "instrument", null, new OrderedIndex<>(InstrumentCriteria::keyOf, InstrumentCriteria::matches,
                List.of(new OrderedIndex.Dimension<>(c -> null,
                                i -> i.meeting() == null ? List.of() : List.of(i.meeting().value())),
                        new OrderedIndex.Dimension<>(c -> c.relation() == null ? null : c.relation().value(),
                                i -> List.of(i.relation().value())),
                        new OrderedIndex.Dimension<>(c -> c.country() == null ? null : c.country().code(),
                                i -> i.parties().stream().map(p -> p.country().code()).distinct().toList())),
                i -> i.signedOn() == null ? null : new OrderedIndex.Span(i.signedOn().first(), i.signedOn().last()),
                c -> c.from() == null && c.to() == null ? null : new OrderedIndex.Span(
                        c.from() == null ? null : c.from().first(), c.to() == null ? null : c.to().last()),
                c -> c.kind() == null));
    }

    @Override
    public List<Instrument> findConcludedAt(Collection<MeetingId> meetings) {
        return read(() -> {
            List<Instrument> concluded = new ArrayList<>();
            new LinkedHashSet<>(meetings).forEach(m -> concluded.addAll(index().under(MEETING, m.value())));
            concluded.sort(Comparator.comparing(InstrumentCriteria::keyOf));
            return concluded;
        });
    }
}
