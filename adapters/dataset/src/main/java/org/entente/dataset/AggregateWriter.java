package org.entente.dataset;

import java.util.TreeSet;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.Party;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.instrument.StatusChange;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.Commitment;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.organization.Organization;
import org.entente.domain.person.Person;
import org.entente.domain.person.Post;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.PartnershipLevel;
import org.entente.domain.source.Evidence;
import org.entente.domain.source.Source;
import org.entente.domain.visit.Visit;

/**
 * Writes each aggregate as the JSON object the reader reads, fields in a fixed order. Versions and evidence
 * offsets are not written: the store keeps the one, the reader recomputes the other from the quote.
 */
final class AggregateWriter {
    private AggregateWriter() {
    }

    static JsonFields source(Source s) {
        return new JsonFields().put("id", s.id()).put("publisher", s.publisher()).put("title", s.title())
                .put("publishedOn", s.publishedOn()).put("language", s.language()).put("url", s.url())
                .put("text", s.text());
    }

    static JsonFields organization(Organization o) {
        return new JsonFields().put("id", o.id()).put("name", o.name()).list("otherNames", o.otherNames())
                .put("kind", o.kind()).put("country", o.country()).objects("evidence", o.evidence(), AggregateWriter::evidence);
    }

    static JsonFields person(Person p) {
        return new JsonFields().put("id", p.id()).put("name", p.name()).list("otherNames", p.otherNames())
                .put("country", p.country()).objects("posts", p.posts(), AggregateWriter::post)
                .objects("evidence", p.evidence(), AggregateWriter::evidence).put("mergedInto", p.mergedInto());
    }

    static JsonFields relation(BilateralRelation r) {
        return new JsonFields().put("id", r.id()).list("countries", r.countries().countries())
                .objects("levels", r.levels(), AggregateWriter::level);
    }

    static JsonFields mechanism(DialogueMechanism m) {
        return new JsonFields().put("id", m.id()).put("relation", m.relation()).put("name", m.name())
                .put("format", m.format()).put("predecessor", m.predecessor()).put("upgradedOn", m.upgradedOn())
                .objects("evidence", m.evidence(), AggregateWriter::evidence);
    }

    static JsonFields visit(Visit v) {
        return new JsonFields().put("id", v.id()).put("relation", v.relation()).put("kind", v.kind())
                .put("visitor", v.visitor()).put("host", v.host()).put("startDate", v.startDate())
                .put("endDate", v.endDate()).list("places", v.places())
                .objects("evidence", v.evidence(), AggregateWriter::evidence);
    }

    static JsonFields meeting(Meeting m) {
        return new JsonFields().put("id", m.id()).put("relation", m.relation()).put("title", m.title())
                .put("kind", m.kind()).put("status", m.status()).put("startDate", m.startDate())
                .put("endDate", m.endDate()).put("city", m.city()).put("country", m.country())
                .object("session", m.session(), AggregateWriter::session).put("visit", m.visit())
                .list("areas", m.areas()).list("outcomes", m.outcomes())
                .objects("attendances", m.attendances(), AggregateWriter::attendance)
                .objects("commitments", m.commitments(), AggregateWriter::commitment)
                .objects("evidence", m.evidence(), AggregateWriter::evidence);
    }

    static JsonFields instrument(Instrument i) {
        return new JsonFields().put("id", i.id()).put("relation", i.relation()).put("title", i.title())
                .put("kind", i.kind()).put("binding", i.binding())
                .objects("parties", i.parties(), AggregateWriter::party)
                .objects("signatories", i.signatories(), AggregateWriter::signatory)
                .list("witnesses", i.witnesses()).put("meeting", i.meeting()).put("signedOn", i.signedOn())
                .put("signedAt", i.signedAt()).list("areas", i.areas())
                .objects("statusHistory", i.statusHistory(), AggregateWriter::statusChange)
                .objects("evidence", i.evidence(), AggregateWriter::evidence);
    }

    static JsonFields invitation(Invitation i) {
        return new JsonFields().put("id", i.id()).put("relation", i.relation()).put("inviter", i.inviter())
                .put("invitee", i.invitee()).put("purpose", i.purpose()).put("conveyedBy", i.conveyedBy())
                .put("extendedAt", i.extendedAt()).put("extendedOn", i.extendedOn()).put("status", i.status())
                .put("fulfilledBy", i.fulfilledBy()).objects("evidence", i.evidence(), AggregateWriter::evidence);
    }

    static JsonFields event(Event e) {
        return new JsonFields().put("id", e.id()).put("relation", e.relation()).put("name", e.name())
                .put("kind", e.kind()).put("host", e.host()).put("hostOrganization", e.hostOrganization())
                .put("city", e.city()).put("startDate", e.startDate()).put("endDate", e.endDate())
                .put("status", e.status()).objects("evidence", e.evidence(), AggregateWriter::evidence);
    }

    private static JsonFields post(Post p) {
        return new JsonFields().put("title", p.title()).put("organization", p.organization()).put("since", p.since())
                .put("until", p.until()).objects("evidence", p.evidence(), AggregateWriter::evidence);
    }

    private static JsonFields level(PartnershipLevel l) {
        return new JsonFields().put("name", l.name()).put("since", l.since()).put("until", l.until())
                .put("announcedAt", l.announcedAt()).objects("evidence", l.evidence(), AggregateWriter::evidence);
    }

    private static JsonFields session(MechanismSession s) {
        return new JsonFields().put("mechanism", s.mechanism()).put("number", s.number());
    }

    private static JsonFields attendance(Attendance a) {
        return new JsonFields().put("key", a.key()).put("person", a.person()).put("titleAsReported", a.titleAsReported())
                .put("country", a.country()).list("roles", new TreeSet<>(a.roles()))
                .objects("evidence", a.evidence(), AggregateWriter::evidence);
    }

    private static JsonFields commitment(Commitment c) {
        return new JsonFields().put("key", c.key()).put("text", c.text()).put("kind", c.kind())
                .list("sides", c.sides()).list("areas", c.areas())
                .objects("evidence", c.evidence(), AggregateWriter::evidence);
    }

    private static JsonFields party(Party p) {
        return new JsonFields().put("country", p.country()).put("organization", p.organization());
    }

    private static JsonFields signatory(Signatory s) {
        return new JsonFields().put("person", s.person()).put("titleAsReported", s.titleAsReported())
                .put("country", s.country());
    }

    private static JsonFields statusChange(StatusChange s) {
        return new JsonFields().put("status", s.status()).put("on", s.on())
                .objects("evidence", s.evidence(), AggregateWriter::evidence);
    }

    private static JsonFields evidence(Evidence e) {
        return new JsonFields().put("source", e.source()).put("quote", e.quote()).flag("inferred", e.inferred())
                .put("note", e.note());
    }
}
