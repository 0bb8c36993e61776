package org.entente.domain.instrument;

import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.organization.OrganizationId;

/** A party to an instrument: a country, and the organisation that concluded it for that country where the source names one. */
public record Party(Country country, OrganizationId organization) {
    public Party {
        Require.present(country, "party country");
    }
}
