package org.entente.domain.geo;

import java.util.Locale;
import java.util.Set;
import org.entente.domain.common.DomainException;

/** A country by its ISO 3166-1 alpha-2 code. */
public record Country(String code) implements Comparable<Country> {
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    public Country {
        if (code == null || !ISO_CODES.contains(code)) {
            throw new DomainException("COUNTRY_UNKNOWN",
                    "'" + code + "' is not an ISO 3166-1 alpha-2 country code (upper case, such as VN or JP)");
        }
    }

    public static Country of(String code) {
        return new Country(code == null ? null : code.strip().toUpperCase(Locale.ROOT));
    }

    /** The English short name. */
    public String name() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
