package org.entente.domain.visit;

import java.util.List;
import org.entente.domain.common.EvidencedAggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.Reference;
import org.entente.domain.common.InRelation;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Evidence;

/** One trip by a leader or official to the other country; the meetings of the trip name it. */
public record Visit(VisitId id, RelationId relation, VisitKind kind, PersonId visitor, Country host,
                    PartialDate startDate, PartialDate endDate, List<String> places, List<Evidence> evidence,
                    long version) implements EvidencedAggregate<VisitId, Visit>, InRelation {
    public Visit {
        Require.present(id, "visit id");
        Require.present(relation, "visit relation");
        Require.present(kind, "visit kind");
        Require.present(visitor, "visitor");
        Require.present(host, "visit host country");
        Require.present(startDate, "visit start date");
        if (endDate != null && endDate.last().isBefore(startDate.first())) {
            throw new DomainException("VISIT_ENDS_BEFORE_START", "visit " + id.value() + " ends before it starts");
        }
        places = Require.list(places, "visit places");
        evidence = Require.list(evidence, "visit evidence");
        Require.version(version);
    }

    /** The visit made by {@code survivor} where {@code merged} was the visitor. */
    public Visit reattribute(PersonId merged, PersonId survivor) {
        return merged.equals(visitor)
                ? new Visit(id, relation, kind, survivor, host, startDate, endDate, places, evidence, version) : this;
    }

    @Override
    public List<Reference> references() {
        return Reference.all(Reference.to("relation", RecordKind.RELATION, relation),
                Reference.to("visitor", RecordKind.PERSON, visitor));
    }

    @Override
    public Visit withVersion(long version) {
        return new Visit(id, relation, kind, visitor, host, startDate, endDate, places, evidence, version);
    }
}
