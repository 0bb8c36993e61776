package org.entente.application.port.out;

import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationId;

/** The stored organisations. */
public interface Organizations extends AggregateStore<OrganizationId, Organization> {
}
