package org.entente.graphql.geo;

import org.entente.domain.geo.Country;
import org.entente.graphql.error.Arguments;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Countries by their ISO codes. */
@Controller
public class CountryController {
    @QueryMapping
    public Country country(@Argument String code) {
        return Arguments.read("code", () -> Country.of(code));
    }
}
