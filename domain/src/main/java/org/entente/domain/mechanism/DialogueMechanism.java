package org.entente.domain.mechanism;

import java.util.List;
import org.entente.domain.common.EvidencedAggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.Reference;
import org.entente.domain.common.InRelation;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Evidence;

/**
 * A standing channel of dialogue within a relation, such as a strategic partnership dialogue or a
 * vice-ministerial "2+2" consultation, whose numbered sessions are meetings. A mechanism may replace a
 * predecessor from a date ({@code upgradedOn}); the successor of a mechanism is the one naming it as predecessor.
 */
public record DialogueMechanism(MechanismId id, RelationId relation, String name, String format,
                                MechanismId predecessor, PartialDate upgradedOn, List<Evidence> evidence,
                                long version) implements EvidencedAggregate<MechanismId, DialogueMechanism>, InRelation {

    public DialogueMechanism {
        Require.present(id, "mechanism id");
        Require.present(relation, "mechanism relation");
        name = Require.text(name, "mechanism name");
        format = Require.optionalText(format);
        Require.that((predecessor == null) == (upgradedOn == null), "UPGRADE_INCOMPLETE",
                "a mechanism upgraded from another needs both the predecessor and the date of the upgrade");
        Require.that(predecessor == null || !predecessor.equals(id), "UPGRADE_FROM_ITSELF",
                "mechanism " + id.value() + " cannot be upgraded from itself");
        evidence = Require.list(evidence, "mechanism evidence");
        Require.version(version);
    }

    public static DialogueMechanism established(MechanismId id, RelationId relation, String name, String format,
                                                List<Evidence> evidence) {
        return new DialogueMechanism(id, relation, name, format, null, null, evidence, 0);
    }

    /**
     * This mechanism as the upgrade of {@code predecessor} from {@code on}. The upgrade may not predate the
     * predecessor's last session ({@code lastSessionOfPredecessor}, absent when it never met).
     */
    public DialogueMechanism upgradeOf(DialogueMechanism predecessor, PartialDate on, PartialDate lastSessionOfPredecessor,
                                       List<Evidence> evidence) {
        Require.present(predecessor, "predecessor");
        Require.present(on, "upgrade date");
        if (!predecessor.relation().equals(relation)) {
            throw new DomainException("UPGRADE_ACROSS_RELATIONS", "mechanism " + predecessor.id().value()
                    + " belongs to another relation than " + id.value());
        }
        if (this.predecessor != null && !this.predecessor.equals(predecessor.id())) {
            throw new DomainException("UPGRADE_ALREADY_RECORDED", "mechanism " + id.value()
                    + " is already the upgrade of " + this.predecessor.value());
        }
        if (lastSessionOfPredecessor != null && on.last().isBefore(lastSessionOfPredecessor.first())) {
            throw new DomainException("UPGRADE_BEFORE_LAST_SESSION", "the upgrade on " + on
                    + " predates the last session of " + predecessor.name() + " (" + lastSessionOfPredecessor + ")");
        }
        List<Evidence> all = new java.util.ArrayList<>(this.evidence);
        all.addAll(Require.list(evidence, "upgrade evidence"));
        return new DialogueMechanism(id, relation, name, format, predecessor.id(), on, all, version);
    }

    @Override
    public List<Reference> references() {
        return Reference.all(Reference.to("relation", RecordKind.RELATION, relation),
                Reference.to("predecessor", RecordKind.MECHANISM, predecessor));
    }

    @Override
    public DialogueMechanism withVersion(long version) {
        return new DialogueMechanism(id, relation, name, format, predecessor, upgradedOn, evidence, version);
    }
}
