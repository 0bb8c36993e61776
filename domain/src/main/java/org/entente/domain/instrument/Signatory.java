package org.entente.domain.instrument;

import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.person.PersonId;

/** Who signed for a side, under the title the source printed; the person is absent where only the office is reported. */
public record Signatory(PersonId person, String titleAsReported, Country country) {
    public Signatory {
        titleAsReported = Require.optionalText(titleAsReported);
        Require.that(person != null || titleAsReported != null, "SIGNATORY_ANONYMOUS",
                "a signatory needs a person or the title the source reported");
        Require.present(country, "signatory country");
    }
}
