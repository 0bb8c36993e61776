package org.entente.storage.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.entente.application.port.out.Mechanisms;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.relation.RelationId;

/** Dialogue mechanisms in memory. */
final class InMemoryMechanisms extends InMemoryStore<MechanismId, DialogueMechanism> implements Mechanisms {
    private static final Comparator<DialogueMechanism> BY_ID = Comparator.comparing(m -> m.id().value());

    InMemoryMechanisms(InMemoryUnits units) {
        super(units, "mechanism");
    }

    @Override
    public List<DialogueMechanism> findByRelations(Collection<RelationId> relations) {
        Set<RelationId> wanted = Set.copyOf(relations);
        return where(m -> wanted.contains(m.relation()), BY_ID);
    }

    @Override
    public List<DialogueMechanism> findByPredecessors(Collection<MechanismId> predecessors) {
        Set<MechanismId> wanted = Set.copyOf(predecessors);
        return where(m -> m.predecessor() != null && wanted.contains(m.predecessor()), BY_ID);
    }
}
