package org.entente.storage.postgresql;

import java.util.Collection;
import java.util.List;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.port.out.Instruments;
import org.entente.domain.common.PartialDate;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.instrument.Party;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.instrument.StatusChange;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import tools.jackson.databind.node.ObjectNode;

/**
 * The instruments, listed by signing date, undated first (their sort key is empty). A date window selects those
 * whose {@code signed} days overlap it, never an undated one; a country is looked for among the parties'.
 */
final class PostgresInstruments extends ListedRecords<InstrumentId, Instrument, InstrumentCriteria>
        implements Instruments {

    PostgresInstruments(PostgresSite site) {
        super(site, "instruments", "instrument", null);
    }

    @Override
    public List<Instrument> findConcludedAt(Collection<MeetingId> meetings) {
        return listedByAnyOf("meeting", meetings);
    }

    @Override
    protected void where(InstrumentCriteria c, Sql sql) {
        sql.andEqual("relation", c.relation());
        sql.andEqual("kind", c.kind());
        if (c.from() != null || c.to() != null) {
            sql.add(" AND signed && ").days(c.from() == null ? null : c.from().first(),
                    c.to() == null ? null : c.to().last(), true);
            DateWindows.startsInOrAfterTheYearOf(sql, c.from());
            DateWindows.startsBy(sql, c.to());
        }
        if (c.country() != null) {
            sql.add(" AND party_countries @> ").textElement(c.country().code());
        }
    }

    @Override
    protected List<Column> columns(Instrument i) {
        return List.of(Column.sortKey(i.signedOn()),
                Column.id("relation", i.relation()),
                Column.kind("kind", i.kind()),
                Column.days("signed", i.signedOn(), i.signedOn()),
                Column.texts("party_countries", i.parties().stream().map(p -> p.country().code()).distinct().toList()),
                Column.id("meeting", i.meeting()));
    }

    @Override
    protected void write(Instrument i, ObjectNode d) {
        Json.put(d, "relation", i.relation());
        d.put("title", i.title());
        Json.put(d, "kind", i.kind());
        if (i.binding() != null) {
            d.put("binding", i.binding());
        }
        Json.objects(d, "parties", i.parties(), p -> {
            ObjectNode o = Json.object();
            Json.put(o, "country", p.country());
            Json.put(o, "organization", p.organization());
            return o;
        });
        Json.objects(d, "signatories", i.signatories(), s -> {
            ObjectNode o = Json.object();
            Json.put(o, "person", s.person());
            Json.put(o, "titleAsReported", s.titleAsReported());
            Json.put(o, "country", s.country());
            return o;
        });
        Json.texts(d, "witnesses", i.witnesses().stream().map(PersonId::value).toList());
        Json.put(d, "meeting", i.meeting());
        Json.put(d, "signedOn", i.signedOn());
        Json.put(d, "signedAt", i.signedAt());
        Json.texts(d, "areas", i.areas());
        Json.objects(d, "statusHistory", i.statusHistory(), s -> {
            ObjectNode o = Json.object();
            Json.put(o, "status", s.status());
            Json.put(o, "on", s.on());
            Json.evidence(o, s.evidence());
            return o;
        });
        Json.evidence(d, i.evidence());
    }

    @Override
    protected Instrument record(Fields d, long version) {
        return new Instrument(d.id("id", InstrumentId::new), d.id("relation", RelationId::new), d.text("title"),
                d.kind("kind", InstrumentKind.class), d.optionalBool("binding"),
                d.objects("parties", p -> new Party(p.country("country"),
                        p.optionalId("organization", OrganizationId::new))),
                d.objects("signatories", s -> new Signatory(s.optionalId("person", PersonId::new),
                        s.optionalText("titleAsReported"), s.country("country"))),
                d.texts("witnesses").stream().map(PersonId::new).toList(),
                d.optionalId("meeting", MeetingId::new), d.optionalDate("signedOn"), d.optionalText("signedAt"),
                d.texts("areas"),
                d.objects("statusHistory", s -> new StatusChange(s.kind("status", InstrumentStatus.class),
                        s.optionalDate("on"), s.evidence())),
                d.evidence(), version);
    }
}
