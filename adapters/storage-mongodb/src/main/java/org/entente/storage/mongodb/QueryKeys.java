package org.entente.storage.mongodb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.domain.common.PartialDate;
import org.entente.domain.person.NameKey;
import org.entente.domain.person.Person;

/**
 * The normalised keys stored beside each record so that queries need neither {@code $text} nor a collation
 * (the embedded server has neither): sort keys, the first and last day a partial date may mean, folded names.
 * Days are ISO strings, which order as the dates do.
 */
final class QueryKeys {
    private QueryKeys() {
    }

    /** The sort key of a date, the empty string (first) when there is none. */
    static String sortKey(PartialDate date) {
        return date == null ? "" : date.sortKey();
    }

    static String firstDay(PartialDate date) {
        return date == null ? null : date.first().toString();
    }

    static String lastDay(PartialDate date) {
        return date == null ? null : date.last().toString();
    }

    /**
     * Every folded name of the person from each word on: "nguyen minh vu", "minh vu", "vu". A query that starts a
     * word of a name is a prefix of one of these, which an index answers.
     */
    static List<String> nameWords(Person person) {
        Set<String> words = new LinkedHashSet<>();
        for (String key : person.searchKeys()) {
            for (int at = 0; at < key.length(); at++) {
                if (at == 0 || key.charAt(at - 1) == ' ') {
                    words.add(key.substring(at));
                }
            }
        }
        return new ArrayList<>(words);
    }

    /** A regular expression for the stored words that start with {@code folded}, every character taken literally. */
    static Pattern startingWith(String folded) {
        StringBuilder regex = new StringBuilder("^");
        folded.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c) && c != ' ') {
                regex.append('\\');
            }
            regex.appendCodePoint(c);
        });
        return Pattern.compile(regex.toString());
    }

    /** The folded forms of cooperation areas, each once. */
    static List<String> folded(List<String> areas) {
        return areas.stream().map(NameKey::fold).distinct().toList();
    }
}
