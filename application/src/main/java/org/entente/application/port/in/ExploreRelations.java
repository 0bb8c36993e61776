package org.entente.application.port.in;

import java.util.List;
import java.util.Optional;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;

/** Reads a bilateral relation and its history. */
public interface ExploreRelations {
    /** The relation between two countries, in either order. */
    Optional<BilateralRelation> relationBetween(CountryPair countries);

    /**
     * The dated happenings of a relation between {@code from} and {@code to} (inclusive, either open), in date
     * order: level changes, meetings, instruments and events. Undated instruments and events are left out.
     */
    List<TimelineEntry> timeline(RelationId relation, PartialDate from, PartialDate to);
}
