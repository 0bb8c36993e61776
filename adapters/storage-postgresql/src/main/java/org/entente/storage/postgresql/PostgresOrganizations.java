package org.entente.storage.postgresql;

import org.entente.application.port.out.Organizations;
import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.organization.OrganizationKind;
import tools.jackson.databind.node.ObjectNode;

/** The organisations: found by id only, so nothing beside the document. */
final class PostgresOrganizations extends PostgresRecords<OrganizationId, Organization> implements Organizations {

    PostgresOrganizations(PostgresSite site) {
        super(site, "organizations", "organization", null);
    }

    @Override
    protected void write(Organization o, ObjectNode d) {
        d.put("name", o.name());
        Json.texts(d, "otherNames", o.otherNames());
        Json.put(d, "kind", o.kind());
        Json.put(d, "country", o.country());
        Json.evidence(d, o.evidence());
    }

    @Override
    protected Organization record(Fields d, long version) {
        return new Organization(d.id("id", OrganizationId::new), d.text("name"), d.texts("otherNames"),
                d.kind("kind", OrganizationKind.class), d.optionalCountry("country"), d.evidence(), version);
    }
}
