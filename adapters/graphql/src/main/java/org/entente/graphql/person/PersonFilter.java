package org.entente.graphql.person;

import org.entente.application.criteria.PersonCriteria;
import org.entente.domain.geo.Country;
import org.entente.graphql.error.Arguments;

/** The {@code PersonFilter} input as a client wrote it. */
public record PersonFilter(String name, String country) {
    public static PersonCriteria criteria(PersonFilter filter) {
        if (filter == null) {
            return PersonCriteria.ALL;
        }
        Country country = filter.country == null ? null
                : Arguments.read("filter.country", () -> Country.of(filter.country));
        return Arguments.read("filter", () -> new PersonCriteria(filter.name, country));
    }
}
