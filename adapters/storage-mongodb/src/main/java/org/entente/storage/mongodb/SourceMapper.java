package org.entente.storage.mongodb;

import org.entente.domain.source.Source;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Sources to documents and back. */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface SourceMapper {
    SourceMapper MAPPER = Mappers.getMapper(SourceMapper.class);

    SourceDocument toDocument(Source source);

    /**
     * Rebuilds the source through its constructor, which checks every invariant again. Every stored field is read
     * (an unread one fails the build); the domain's fluent methods are not properties, hence no target check.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    Source toSource(SourceDocument document);
}
