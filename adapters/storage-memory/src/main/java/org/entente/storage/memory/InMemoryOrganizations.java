package org.entente.storage.memory;

import org.entente.application.port.out.Organizations;
import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationId;

/** Organisations in memory. */
final class InMemoryOrganizations extends InMemoryStore<OrganizationId, Organization> implements Organizations {
    InMemoryOrganizations(InMemoryUnits units) {
        super(units, "organization");
    }
}
