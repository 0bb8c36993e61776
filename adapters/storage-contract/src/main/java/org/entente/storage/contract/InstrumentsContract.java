package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.port.out.Instruments;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Instruments}: listings by every criterion in the order of {@link InstrumentCriteria#keyOf}
 * (undated first), and the instruments of many meetings in one call.
 */
public abstract class InstrumentsContract extends AggregateStoreContract<InstrumentId, Instrument> {

    @Override
    protected final Instruments store() {
        return storage.instruments();
    }

    @Override
    protected final InstrumentId id(String value) {
        return new InstrumentId(value);
    }

    @Override
    protected final Instrument sample(InstrumentId id, int variant) {
        return SampleRecords.instrument(id, variant);
    }

    @Override
    protected final Instrument revised(Instrument i, String revision) {
        return new Instrument(i.id(), i.relation(), i.title() + " — " + revision, i.kind(), i.binding(), i.parties(),
                i.signatories(), i.witnesses(), i.meeting(), i.signedOn(), i.signedAt(), i.areas(), i.statusHistory(),
                i.evidence(), i.version());
    }

    @Test
    public void listingsAgreeWithTheCriteria() {
        List<Instrument> all = saveSamples(150);
        List<RelationId> r = SampleRecords.RELATIONS;
        List<InstrumentCriteria> criteria = List.of(InstrumentCriteria.ALL,
                new InstrumentCriteria(r.get(0), null, null, null, null),
                new InstrumentCriteria(null, InstrumentKind.MOU, null, null, null),
                criteria(null, "2021", "2022", null),
                criteria(null, "2024-02", null, null),
                criteria(null, null, "2020-06-15", null),
                criteria(null, "2023", "2023", null),
                criteria(null, null, null, SampleRecords.JP),
                criteria(null, null, null, SampleRecords.VN),
                criteria(r.get(2), null, null, SampleRecords.US),
                criteria(r.get(1), "2019-07", "2025-03-09", SampleRecords.KR));
        Pagination.assertEveryCriteriaAgrees(criteria, all, InstrumentCriteria::matches, InstrumentCriteria::keyOf,
                store(), 11);
    }

    @Test
    public void theInstrumentsConcludedAtSeveralMeetingsComeInInstrumentOrder() {
        List<Instrument> all = saveSamples(80);
        List<MeetingId> meetings = List.of(new MeetingId("meeting-1"), new MeetingId("meeting-4"),
                new MeetingId("no-such-meeting"));

        List<Instrument> concluded = store().findConcludedAt(meetings);

        assertThat(concluded).isNotEmpty().isEqualTo(all.stream()
                .filter(i -> i.meeting() != null && meetings.contains(i.meeting()))
                .sorted(Comparator.comparing(InstrumentCriteria::keyOf)).toList());
        assertThat(store().findConcludedAt(List.of())).isEmpty();
    }

    private static InstrumentCriteria criteria(RelationId relation, String from, String to, Country country) {
        return new InstrumentCriteria(relation, null, from == null ? null : PartialDate.parse(from),
                to == null ? null : PartialDate.parse(to), country);
    }
}
