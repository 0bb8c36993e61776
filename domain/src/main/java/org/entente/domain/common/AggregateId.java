package org.entente.domain.common;

import java.util.regex.Pattern;

/** The identity of an aggregate: a short string of letters, digits and {@code . _ : -}. */
public interface AggregateId {
    Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,119}");

    String value();

    static String check(String value, String kind) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new DomainException("ID_MALFORMED", kind + " id must be 1 to 120 letters, digits or . _ : - "
                    + "starting with a letter or digit, was " + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }
}
