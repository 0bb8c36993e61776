package org.entente.application.port.out;

import java.util.Collection;
import java.util.List;
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
     * Every revision of each of the aggregates {@code ids} of one kind, oldest first, in one round trip, for a
     * client that shows the histories of a whole page; an id with no revision is absent from the map.
     */
    Map<String, List<Revision>> historiesOf(String aggregate, Collection<String> ids);
}
