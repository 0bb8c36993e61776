package org.entente.domain.person;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name folded for search: lower case, diacritics removed ({@code đ} and {@code Đ} become {@code d}),
 * punctuation as spaces, runs of spaces as one. "Nguyễn Minh Vũ" and "nguyen  minh vu" fold alike.
 */
public final class NameKey {
    private NameKey() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        if (isAscii(name)) {
            return foldAscii(name);
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D')
                .replace('ł', 'l').replace('Ł', 'L')
                .replace('ø', 'o').replace('Ø', 'O');
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The same fold for a name of ASCII characters alone (most titles and many names), in one pass: nothing to
     * decompose, letters and digits lowered, every run of anything else one space, none at either end.
     */
    private static String foldAscii(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !folded.isEmpty()) {
                    folded.append(' ');
                }
                gap = false;
                folded.append(c);
            } else {
                gap = true;
            }
        }
        return folded.toString();
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
