package org.entente.domain.person;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name folded for search: lower case, diacritics removed ({@code đ} and {@code Đ} become {@code d}),
 * punctuation as spaces, runs of spaces as one. "Nguyễn Minh Vũ" and "nguyen  minh vu" fold alike.
 */
public final class NameKey {
    private NameKey() {
    }

    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D')
                .replace('ł', 'l').replace('Ł', 'L')
                .replace('ø', 'o').replace('Ø', 'O');
        String bare = decomposed.replaceAll("\\p{M}+", "");
        return bare.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
