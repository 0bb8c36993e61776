package org.entente.application.port.out;

import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;

/** The stored visits. */
public interface Visits extends AggregateStore<VisitId, Visit> {
}
