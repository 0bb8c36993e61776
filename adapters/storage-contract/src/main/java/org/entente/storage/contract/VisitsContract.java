package org.entente.storage.contract;

import java.util.ArrayList;
import java.util.List;
import org.entente.application.port.out.Visits;
import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;

/** The contract of {@link Visits}: what every port owes its aggregate, for visits. */
public abstract class VisitsContract extends AggregateStoreContract<VisitId, Visit> {

    @Override
    protected final Visits store() {
        return storage.visits();
    }

    @Override
    protected final VisitId id(String value) {
        return new VisitId(value);
    }

    @Override
    protected final Visit sample(VisitId id, int variant) {
        return SampleRecords.visit(id, variant);
    }

    @Override
    protected final Visit revised(Visit v, String revision) {
        List<String> places = new ArrayList<>(v.places());
        places.add(revision);
        return new Visit(v.id(), v.relation(), v.kind(), v.visitor(), v.host(), v.startDate(), v.endDate(), places,
                v.evidence(), v.version());
    }
}
