package org.entente.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;

/**
 * The sources of the file being read, against which every quote is checked. A source that is in the file but
 * could not be read is remembered as such, so that quotes from it are passed over rather than reported twice.
 */
final class QuotedSources {
    private final Map<SourceId, Source> readable = new HashMap<>();
    private final Set<SourceId> unreadable = new HashSet<>();

    void add(Source source) {
        readable.put(source.id(), source);
    }

    void addUnreadable(SourceId id) {
        unreadable.add(id);
    }

    /** The source, or null if the file does not hold it or holds it with problems of its own. */
    Source get(SourceId id) {
        return readable.get(id);
    }

    boolean isUnreadable(SourceId id) {
        return unreadable.contains(id) && !readable.containsKey(id);
    }
}
