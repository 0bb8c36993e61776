package org.entente.storage.memory;

import org.entente.application.port.out.Visits;
import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;

/** Visits in memory. */
final class InMemoryVisits extends InMemoryStore<VisitId, Visit> implements Visits {
    InMemoryVisits(InMemoryUnits units) {
        super(units, "visit");
    }
}
