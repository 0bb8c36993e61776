package org.entente.storage.mongodb;

import org.entente.domain.relation.BilateralRelation;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Relations to documents and back, with the country pair key that is unique. */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface RelationMapper {
    RelationMapper MAPPER = Mappers.getMapper(RelationMapper.class);

    @Mapping(target = "countryPair", expression = "java(relation.countries().key())")
    RelationDocument toDocument(BilateralRelation relation);

    /**
     * Rebuilds the relation through its constructor, which checks every invariant again. Every stored field is read
     * (an unread one fails the build); the domain's fluent methods are not properties, hence no target check.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"countryPair"})
    BilateralRelation toRelation(RelationDocument document);
}
