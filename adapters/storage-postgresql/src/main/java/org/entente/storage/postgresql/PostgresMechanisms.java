package org.entente.storage.postgresql;

import java.util.Collection;
import java.util.List;
import org.entente.application.port.out.Mechanisms;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.relation.RelationId;
import tools.jackson.databind.node.ObjectNode;

/** The dialogue mechanisms, found by relation and by predecessor in id order. */
final class PostgresMechanisms extends PostgresRecords<MechanismId, DialogueMechanism> implements Mechanisms {

    PostgresMechanisms(PostgresSite site) {
        super(site, "mechanisms", "mechanism", null);
    }

    @Override
    public List<DialogueMechanism> findByRelations(Collection<RelationId> relations) {
        return findByAnyOf("relation", relations);
    }

    @Override
    public List<DialogueMechanism> findByPredecessors(Collection<MechanismId> predecessors) {
        return findByAnyOf("predecessor", predecessors);
    }

    @Override
    protected List<Column> columns(DialogueMechanism m) {
        return List.of(Column.id("relation", m.relation()),
                Column.id("predecessor", m.predecessor()));
    }

    @Override
    protected void write(DialogueMechanism m, ObjectNode d) {
        Json.put(d, "relation", m.relation());
        d.put("name", m.name());
        Json.put(d, "format", m.format());
        Json.put(d, "predecessor", m.predecessor());
        Json.put(d, "upgradedOn", m.upgradedOn());
        Json.evidence(d, m.evidence());
    }

    @Override
    protected DialogueMechanism record(Fields d, long version) {
        return new DialogueMechanism(d.id("id", MechanismId::new), d.id("relation", RelationId::new), d.text("name"),
                d.optionalText("format"), d.optionalId("predecessor", MechanismId::new), d.optionalDate("upgradedOn"),
                d.evidence(), version);
    }
}
