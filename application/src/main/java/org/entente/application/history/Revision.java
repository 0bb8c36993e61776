package org.entente.application.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.entente.application.page.Keyset;

/**
 * One change to one aggregate: who made it, when, from which version to which, and which fields it changed.
 * A creation goes from version 0.
 */
public record Revision(String aggregate, String id, long version, long previousVersion, String actor, Instant at,
                       String operation, List<String> changedFields) {
    public Revision {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(operation, "operation");
        changedFields = List.copyOf(changedFields);
        if (version != previousVersion + 1) {
            throw new IllegalArgumentException("a revision moves one version forward, not " + previousVersion + " to " + version);
        }
    }

    /**
     * The position of a revision in a history, oldest first: its version, zero-padded to the nineteen digits of
     * the largest long so that it sorts as text, then its key. Written without a formatter: every revision of every
     * history page asked for is keyed.
     */
    public static Keyset keyOf(Revision revision) {
        String digits = Long.toString(revision.version());
        return new Keyset("0".repeat(Math.max(0, 19 - digits.length())) + digits, revision.key());
    }

    /** The revision's own identity: one per aggregate version. */
    public String key() {
        return aggregate + ":" + id + ":" + version;
    }
}
