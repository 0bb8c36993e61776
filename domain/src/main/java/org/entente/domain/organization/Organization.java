package org.entente.domain.organization;

import java.util.List;
import org.entente.domain.common.EvidencedAggregate;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.source.Evidence;

/** A ministry, government, parliament, friendship group, party, local government or agency. {@code country} is absent for international bodies. */
public record Organization(OrganizationId id, String name, List<String> otherNames, OrganizationKind kind,
                           Country country, List<Evidence> evidence, long version)
        implements EvidencedAggregate<OrganizationId, Organization> {
    public Organization {
        Require.present(id, "organization id");
        name = Require.text(name, "organization name");
        otherNames = Require.list(otherNames, "organization other names");
        Require.present(kind, "organization kind");
        evidence = Require.list(evidence, "organization evidence");
        Require.version(version);
    }

    @Override
    public Organization withVersion(long version) {
        return new Organization(id, name, otherNames, kind, country, evidence, version);
    }
}
