package org.entente.application.port.in;

import org.entente.application.command.ElevatePartnershipCommand;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;

/** Establishes relations and records the decisions that change their level. */
public interface CurateRelations {
    /** A new relation between two countries; refused if the pair already has one. */
    BilateralRelation establishRelation(RelationId id, CountryPair countries);

    BilateralRelation elevatePartnership(ElevatePartnershipCommand command);
}
