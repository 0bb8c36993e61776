package org.entente.storage.mongodb;

import org.entente.application.port.out.Organizations;
import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationId;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Organisations in MongoDB, collection {@code organizations}. */
final class MongoOrganizations extends MongoAggregateStore<OrganizationId, Organization, OrganizationDocument>
        implements Organizations {
    MongoOrganizations(MongoSite site) {
        super(site, OrganizationDocument.class, "organization", RecordsToDocuments.MAPPER::toDocument,
                DocumentsToRecords.MAPPER::toOrganization, null);
    }
}
