package org.entente.storage.mongodb;

import org.entente.domain.visit.Visit;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Visits to documents and back. */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface VisitMapper {
    VisitMapper MAPPER = Mappers.getMapper(VisitMapper.class);

    VisitDocument toDocument(Visit visit);

    /**
     * Rebuilds the visit through its constructor, which checks every invariant again. Every stored field is read
     * (an unread one fails the build); the domain's fluent methods are not properties, hence no target check.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    Visit toVisit(VisitDocument document);
}
