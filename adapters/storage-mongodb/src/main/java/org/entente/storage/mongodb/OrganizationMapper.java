package org.entente.storage.mongodb;

import org.entente.domain.organization.Organization;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Organisations to documents and back. */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface OrganizationMapper {
    OrganizationMapper MAPPER = Mappers.getMapper(OrganizationMapper.class);

    OrganizationDocument toDocument(Organization organization);

    /**
     * Rebuilds the organisation through its constructor, which checks every invariant again. Every stored field is read
     * (an unread one fails the build); the domain's fluent methods are not properties, hence no target check.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    Organization toOrganization(OrganizationDocument document);
}
