package org.entente.graphql.relation;

import org.entente.domain.common.PartialDate;
import org.entente.domain.relation.RelationId;

/** The part of a relation's timeline a field asks for; equal windows are read once per request. */
record TimelineWindow(RelationId relation, PartialDate from, PartialDate to) {
}
