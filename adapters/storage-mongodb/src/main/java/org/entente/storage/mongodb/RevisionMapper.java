package org.entente.storage.mongodb;

import org.entente.application.history.Revision;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Revisions to documents and back. */
@Mapper(config = DocumentMapping.class)
interface RevisionMapper {
    RevisionMapper MAPPER = Mappers.getMapper(RevisionMapper.class);

    @Mapping(target = "id", expression = "java(revision.key())")
    @Mapping(target = "recordId", source = "id")
    @Mapping(target = "sortKey", expression = "java(org.entente.application.history.Revision.keyOf(revision).sortKey())")
    RevisionDocument toDocument(Revision revision);

    /** Rebuilds the revision through its constructor; every stored field is read. */
    @BeanMapping(unmappedSourcePolicy = ReportingPolicy.ERROR, ignoreUnmappedSourceProperties = {"id", "sortKey"})
    @Mapping(target = "id", source = "recordId")
    Revision toRevision(RevisionDocument document);
}
