package org.entente.domain.common;

import org.entente.domain.relation.RelationId;

/** A record that belongs to one bilateral relation (a relation belongs to itself). */
public interface InRelation {
    RelationId relation();
}
