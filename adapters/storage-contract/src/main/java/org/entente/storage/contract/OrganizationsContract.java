package org.entente.storage.contract;

import java.util.ArrayList;
import java.util.List;
import org.entente.application.port.out.Organizations;
import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationId;

/** The contract of {@link Organizations}: what every port owes its aggregate, for organisations. */
public abstract class OrganizationsContract extends AggregateStoreContract<OrganizationId, Organization> {

    @Override
    protected final Organizations store() {
        return storage.organizations();
    }

    @Override
    protected final OrganizationId id(String value) {
        return new OrganizationId(value);
    }

    @Override
    protected final Organization sample(OrganizationId id, int variant) {
        return SampleRecords.organization(id, variant);
    }

    @Override
    protected final Organization revised(Organization o, String revision) {
        List<String> others = new ArrayList<>(o.otherNames());
        others.add(revision);
        return new Organization(o.id(), o.name(), others, o.kind(), o.country(), o.evidence(), o.version());
    }
}
