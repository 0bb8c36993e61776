package org.entente.application.port.in;

import java.util.Collection;
import java.util.Map;
import org.entente.application.history.Revision;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;

/** The revision history of any aggregate. */
public interface ReadHistory {
    Page<Revision> history(String aggregate, String id, PageRequest request);

    long countHistory(String aggregate, String id);

    /** The same page of the histories of each of {@code ids}, oldest first, in one round trip. */
    Map<String, Page<Revision>> histories(String aggregate, Collection<String> ids, PageRequest request);

    /** How many revisions each of {@code ids} has, in one round trip. */
    Map<String, Long> countHistories(String aggregate, Collection<String> ids);
}
