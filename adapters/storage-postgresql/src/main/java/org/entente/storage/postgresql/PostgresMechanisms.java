package org.entente.storage.postgresql;

import java.util.Collection;
import java.util.List;
import org.entente.application.port.out.Mechanisms;
import org.entente.domain.common.AggregateId;
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
        return anyOf("relation", relations);
    }

    @Override
    public List<DialogueMechanism> findByPredecessors(Collection<MechanismId> predecessors) {
        return anyOf("predecessor", predecessors);
    }

    private List<DialogueMechanism> anyOf(String column, Collection<? extends AggregateId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return select(new Sql("SELECT id, version, document FROM mechanisms WHERE " + column + " = ANY(")
                .texts(ids.stream().map(AggregateId::value).distinct().toList()).add(") ORDER BY id"));
    }

    @Override
    protected List<Column> columns(DialogueMechanism m) {
        return List.of(Column.text("relation", m.relation().value()),
                Column.text("predecessor", m.predecessor() == null ? null : m.predecessor().value()));
    }

    @Override
    protected ObjectNode document(DialogueMechanism m) {
        ObjectNode d = Json.object();
        Json.put(d, "id", m.id());
        Json.put(d, "relation", m.relation());
        d.put("name", m.name());
        Json.put(d, "format", m.format());
        Json.put(d, "predecessor", m.predecessor());
        Json.put(d, "upgradedOn", m.upgradedOn());
        Json.evidence(d, m.evidence());
        return d;
    }

    @Override
    protected DialogueMechanism record(Fields d, long version) {
        return new DialogueMechanism(d.id("id", MechanismId::new), d.id("relation", RelationId::new), d.text("name"),
                d.optionalText("format"), d.optionalId("predecessor", MechanismId::new), d.optionalDate("upgradedOn"),
                d.evidence(), version);
    }
}
