package org.entente.graphql.relation;

import graphql.schema.idl.RuntimeWiring;
import java.util.Map;
import org.entente.domain.common.InRelation;
import org.entente.domain.common.RecordKind;
import org.entente.domain.relation.BilateralRelation;
import org.entente.graphql.load.LoadedField;
import org.entente.graphql.load.RecordLoaders;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code relation} of every kind of record that belongs to one ({@link InRelation}), wired once by looping over
 * the kinds: each reads its relation through the relations' loader, so that the relation of a page of records is
 * read once. A relation is in itself, and has no such field.
 */
@Component
public class RelationOfRecords implements RuntimeWiringConfigurer {
    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        LoadedField<BilateralRelation> relation = new LoadedField<>("RelationOfRecords.relation",
                ResolvableType.forClass(BilateralRelation.class), Map.of(),
                env -> RecordLoaders.byId(env, BilateralRelation.class, env.<InRelation>getSource().relation()));
        for (RecordKind kind : RecordKind.values()) {
            if (InRelation.class.isAssignableFrom(kind.type()) && kind != RecordKind.RELATION) {
                wiring.type(kind.typeName(), type -> type.dataFetcher("relation", relation));
            }
        }
    }
}
