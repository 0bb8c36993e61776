package org.entente.application.port.out;

import java.util.Collection;
import java.util.List;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.relation.RelationId;

/** The stored dialogue mechanisms. */
public interface Mechanisms extends AggregateStore<MechanismId, DialogueMechanism> {
    /** The mechanisms of all these relations, in one round trip, ordered by id. */
    List<DialogueMechanism> findByRelations(Collection<RelationId> relations);

    /** The mechanisms whose predecessor is one of these, in one round trip, ordered by id. */
    List<DialogueMechanism> findByPredecessors(Collection<MechanismId> predecessors);
}
