package org.entente.domain.geo;

import java.util.List;
import org.entente.domain.common.DomainException;

/** Two distinct countries, unordered: {@code VN–JP} and {@code JP–VN} are the same pair. */
public record CountryPair(Country first, Country second) {
    public CountryPair {
        if (first == null || second == null) {
            throw new DomainException("REQUIRED", "a country pair needs two countries");
        }
        if (first.equals(second)) {
            throw new DomainException("RELATION_COUNTRIES_SAME", "a bilateral relation needs two distinct countries, got "
                    + first.code() + " twice");
        }
        if (first.compareTo(second) > 0) {
            Country swap = first;
            first = second;
            second = swap;
        }
    }

    public static CountryPair of(String a, String b) {
        return new CountryPair(Country.of(a), Country.of(b));
    }

    public static CountryPair of(List<String> codes) {
        if (codes == null || codes.size() != 2) {
            throw new DomainException("RELATION_NEEDS_TWO_COUNTRIES", "a bilateral relation is between exactly two countries, got "
                    + (codes == null ? 0 : codes.size()));
        }
        return of(codes.get(0), codes.get(1));
    }

    /** The natural key: both codes in alphabetical order, such as {@code JP-VN}. */
    public String key() {
        return first.code() + "-" + second.code();
    }

    public boolean includes(Country country) {
        return first.equals(country) || second.equals(country);
    }

    public List<Country> countries() {
        return List.of(first, second);
    }
}
