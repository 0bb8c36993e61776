package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.entente.application.port.out.Mechanisms;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.Test;

/** The contract of {@link Mechanisms}: the mechanisms of many relations, or of many predecessors, in one call. */
public abstract class MechanismsContract extends AggregateStoreContract<MechanismId, DialogueMechanism> {

    @Override
    protected final Mechanisms store() {
        return storage.mechanisms();
    }

    @Override
    protected final MechanismId id(String value) {
        return new MechanismId(value);
    }

    @Override
    protected final DialogueMechanism sample(MechanismId id, int variant) {
        return SampleRecords.mechanism(id, variant);
    }

    @Override
    protected final DialogueMechanism revised(DialogueMechanism m, String revision) {
        return new DialogueMechanism(m.id(), m.relation(), m.name() + " — " + revision, m.format(), m.predecessor(),
                m.upgradedOn(), m.evidence(), m.version());
    }

    @Test
    public void theMechanismsOfSeveralRelationsComeInIdOrder() {
        List<DialogueMechanism> all = saveSamples(40);
        List<RelationId> relations = List.of(SampleRecords.RELATIONS.get(0), SampleRecords.RELATIONS.get(2),
                new RelationId("no-such-relation"));

        assertThat(store().findByRelations(relations))
                .isEqualTo(all.stream().filter(m -> relations.contains(m.relation()))
                        .sorted(Comparator.comparing(m -> m.id().value())).toList());
        assertThat(store().findByRelations(List.of())).isEmpty();
    }

    @Test
    public void theSuccessorsOfSeveralMechanismsComeInIdOrder() {
        List<DialogueMechanism> all = saveSamples(40);
        List<MechanismId> predecessors = List.of(SampleRecords.MECHANISMS.get(1), SampleRecords.MECHANISMS.get(3),
                new MechanismId("no-such-mechanism"));

        List<DialogueMechanism> successors = store().findByPredecessors(predecessors);

        assertThat(successors).isNotEmpty()
                .isEqualTo(all.stream().filter(m -> m.predecessor() != null && predecessors.contains(m.predecessor()))
                        .sorted(Comparator.comparing(m -> m.id().value())).toList());
        assertThat(store().findByPredecessors(List.of())).isEmpty();
    }
}
