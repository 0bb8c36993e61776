package org.entente.storage.mongodb;

import static org.mapstruct.ReportingPolicy.ERROR;
import static org.mapstruct.ReportingPolicy.IGNORE;

import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.organization.Organization;
import org.entente.domain.source.Source;
import org.entente.domain.visit.Visit;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/**
 * The records whose documents mirror them field for field (dialogue mechanisms, organisations, sources, visits), to
 * documents and back. On the way back each is rebuilt through its constructor, which checks every invariant again;
 * every stored field is read (an unread one fails the build); the domain's fluent methods are not properties, hence
 * no target check.
 */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface MirroredRecordMapper {
    MirroredRecordMapper MAPPER = Mappers.getMapper(MirroredRecordMapper.class);

    MechanismDocument toDocument(DialogueMechanism mechanism);

    @BeanMapping(unmappedTargetPolicy = IGNORE, unmappedSourcePolicy = ERROR)
    DialogueMechanism toMechanism(MechanismDocument document);

    OrganizationDocument toDocument(Organization organization);

    @BeanMapping(unmappedTargetPolicy = IGNORE, unmappedSourcePolicy = ERROR)
    Organization toOrganization(OrganizationDocument document);

    SourceDocument toDocument(Source source);

    @BeanMapping(unmappedTargetPolicy = IGNORE, unmappedSourcePolicy = ERROR)
    Source toSource(SourceDocument document);

    VisitDocument toDocument(Visit visit);

    @BeanMapping(unmappedTargetPolicy = IGNORE, unmappedSourcePolicy = ERROR)
    Visit toVisit(VisitDocument document);
}
