package org.entente.domain.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.Reference;
import org.entente.domain.source.Citation;
import org.entente.domain.common.InRelation;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Evidence;

/**
 * A document the sides concluded: a treaty, an agreement, a memorandum of understanding, a letter of intent,
 * a joint statement. Its status history is dated and oldest first; the last entry is its status now.
 * An instrument signed at a meeting is made by {@link #concludedAt}, which checks that its signatories and
 * witnesses attended that meeting.
 */
public record Instrument(InstrumentId id, RelationId relation, String title, InstrumentKind kind, Boolean binding,
                         List<Party> parties, List<Signatory> signatories, List<PersonId> witnesses,
                         MeetingId meeting, PartialDate signedOn, String signedAt, List<String> areas,
                         List<StatusChange> statusHistory, List<Evidence> evidence, long version)
        implements Aggregate<InstrumentId, Instrument>, InRelation {

    public Instrument {
        Require.present(id, "instrument id");
        Require.present(relation, "instrument relation");
        title = Require.text(title, "instrument title");
        Require.present(kind, "instrument kind");
        parties = Require.list(parties, "parties");
        signatories = Require.list(signatories, "signatories");
        witnesses = Require.list(witnesses, "witnesses");
        signedAt = Require.optionalText(signedAt);
        areas = Require.list(areas, "instrument areas");
        statusHistory = Require.list(statusHistory, "status history");
        Require.that(!statusHistory.isEmpty(), "INSTRUMENT_WITHOUT_STATUS",
                "instrument " + id.value() + " needs at least the status it was concluded with");
        for (int i = 1; i < statusHistory.size(); i++) {
            StatusChange before = statusHistory.get(i - 1);
            StatusChange after = statusHistory.get(i);
            Require.that(!before.status().isFinal(), "INSTRUMENT_STATUS_AFTER_FINAL", "instrument " + id.value()
                    + " cannot become " + after.status() + " after it was " + before.status());
            Require.that(before.on() == null || after.on() == null || !after.on().isBefore(before.on()),
                    "INSTRUMENT_STATUS_HISTORY_UNORDERED", "instrument " + id.value() + " status " + after.status()
                            + " on " + after.on() + " predates " + before.status() + " on " + before.on());
        }
        evidence = Require.list(evidence, "instrument evidence");
        Require.version(version);
    }

    /**
     * An instrument concluded at {@code meeting} on the meeting's date; refused if a signatory or witness
     * did not attend it or if it belongs to another relation.
     */
    public static Instrument concludedAt(Meeting meeting, InstrumentId id, String title, InstrumentKind kind,
                                         Boolean binding, InstrumentStatus status, List<Party> parties,
                                         List<Signatory> signatories, List<PersonId> witnesses, List<String> areas,
                                         List<Evidence> evidence) {
        Require.present(meeting, "meeting");
        meeting.requireAttended(Require.list(signatories, "signatories").stream()
                .map(Signatory::person).filter(Objects::nonNull).toList(), "SIGNATORY_DID_NOT_ATTEND", "signatory");
        meeting.requireAttended(Require.list(witnesses, "witnesses"), "WITNESS_DID_NOT_ATTEND", "witness");
        PartialDate on = meeting.startDate();
        return new Instrument(id, meeting.relation(), title, kind, binding, parties, signatories, witnesses,
                meeting.id(), on, meeting.city(), areas, List.of(new StatusChange(status, on, evidence)), evidence, 0);
    }

    /** The status now: the last one recorded. */
    public InstrumentStatus status() {
        return statusHistory.get(statusHistory.size() - 1).status();
    }

    /** The instrument with a later status, such as entry into force or termination. */
    public Instrument changeStatus(InstrumentStatus status, PartialDate on, List<Evidence> evidence) {
        if (status() == status) {
            throw new DomainException("INSTRUMENT_STATUS_UNCHANGED", "instrument " + id.value() + " is already " + status);
        }
        List<StatusChange> next = new ArrayList<>(statusHistory);
        next.add(new StatusChange(status, on, evidence));
        return new Instrument(id, relation, title, kind, binding, parties, signatories, witnesses, meeting, signedOn,
                signedAt, areas, next, this.evidence, version);
    }

    /** The instrument with {@code merged} replaced by {@code survivor} among signatories and witnesses, each once. */
    public Instrument reattribute(PersonId merged, PersonId survivor) {
        List<Signatory> signed = signatories.stream()
                .map(s -> merged.equals(s.person()) ? new Signatory(survivor, s.titleAsReported(), s.country()) : s)
                .distinct().toList();
        List<PersonId> witnessed = witnesses.stream().map(w -> merged.equals(w) ? survivor : w).distinct().toList();
        return signed.equals(signatories) && witnessed.equals(witnesses) ? this
                : new Instrument(id, relation, title, kind, binding, parties, signed, witnessed, meeting, signedOn,
                        signedAt, areas, statusHistory, evidence, version);
    }

    @Override
    public List<Citation> citations() {
        return Citation.all(Citation.of("evidence", evidence),
                Citation.ofEach("statusHistory", statusHistory, StatusChange::evidence));
    }

    @Override
    public List<Reference> references() {
        return Reference.all(Reference.to("relation", RecordKind.RELATION, relation),
                Reference.toEach("parties", "organization", RecordKind.ORGANIZATION, parties, Party::organization),
                Reference.toEach("signatories", "person", RecordKind.PERSON, signatories, Signatory::person),
                Reference.toEach("witnesses", null, RecordKind.PERSON, witnesses, witness -> witness),
                Reference.to("meeting", RecordKind.MEETING, meeting));
    }

    @Override
    public Instrument withVersion(long version) {
        return new Instrument(id, relation, title, kind, binding, parties, signatories, witnesses, meeting, signedOn,
                signedAt, areas, statusHistory, evidence, version);
    }
}
