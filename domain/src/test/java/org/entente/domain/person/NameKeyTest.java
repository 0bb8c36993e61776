package org.entente.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameKeyTest {
    /** The fold as first written, every name through the regular expressions: the one-pass path must agree. */
    private static String reference(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Test
    void ascii_names_fold_as_the_regular_expressions_fold_them() {
        Random random = new Random(12);
        for (int n = 0; n < 20_000; n++) {
            char[] name = new char[random.nextInt(12)];
            for (int i = 0; i < name.length; i++) {
                name[i] = (char) random.nextInt(0x80);
            }
            String s = new String(name);
            assertThat(NameKey.fold(s)).as("fold of %s", s.chars().boxed().toList()).isEqualTo(reference(s));
        }
        assertThat(NameKey.fold("  Prime  Minister, of-Japan ")).isEqualTo("prime minister of japan");
    }

    @Test
    void other_names_lose_their_diacritics_and_case() {
        assertThat(NameKey.fold("Nguyễn Minh Vũ")).isEqualTo("nguyen minh vu");
        assertThat(NameKey.fold("Đỗ  Hùng")).isEqualTo("do hung");
        assertThat(NameKey.fold(null)).isEmpty();
    }
}
