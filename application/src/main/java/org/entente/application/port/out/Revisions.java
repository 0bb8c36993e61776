package org.entente.application.port.out;

import java.util.Collection;
import java.util.Map;
import org.entente.application.history.Revision;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;

/** The append-only log of every change to every aggregate. */
public interface Revisions {
    /** Appends a revision; appending the same revision ({@link Revision#key()}) again changes nothing. */
    void append(Revision revision);

    /** The revisions of one aggregate, oldest first; each keyset's sort key is the version, zero-padded to 19 digits. */
    Page<Revision> history(String aggregate, String id, PageRequest request);

    long count(String aggregate, String id);

    /**
     * The same page of the histories of many aggregates of one kind, oldest first, in one round trip, reading at
     * most {@code request.size() + 1} revisions of each; every id asked for is a key, with an empty page if it has no
     * revision.
     */
    Map<String, Page<Revision>> histories(String aggregate, Collection<String> ids, PageRequest request);

    /** How many revisions each of many aggregates of one kind has, in one round trip; every id asked for is a key. */
    Map<String, Long> counts(String aggregate, Collection<String> ids);
}
