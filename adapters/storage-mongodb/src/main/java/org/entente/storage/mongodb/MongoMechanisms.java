package org.entente.storage.mongodb;

import java.util.Collection;
import java.util.List;
import org.entente.application.port.out.Mechanisms;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.relation.RelationId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/** Dialogue mechanisms in MongoDB, collection {@code mechanisms}. */
final class MongoMechanisms extends MongoAggregateStore<MechanismId, DialogueMechanism, MechanismDocument>
        implements Mechanisms {
    MongoMechanisms(MongoSite site) {
        super(site, MechanismDocument.class, "mechanism", RecordsToDocuments.MAPPER::toDocument,
                DocumentsToRecords.MAPPER::toMechanism, null);
    }

    @Override
    public List<DialogueMechanism> findByRelations(Collection<RelationId> relations) {
        return relations.isEmpty() ? List.of() : list(Criteria.where("relation").in(values(relations)), "_id");
    }

    @Override
    public List<DialogueMechanism> findByPredecessors(Collection<MechanismId> predecessors) {
        return predecessors.isEmpty() ? List.of() : list(Criteria.where("predecessor").in(values(predecessors)), "_id");
    }
}
