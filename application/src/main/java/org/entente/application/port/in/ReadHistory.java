package org.entente.application.port.in;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.application.history.Revision;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;

/** The revision history of any aggregate. */
public interface ReadHistory {
    Page<Revision> history(String aggregate, String id, PageRequest request);

    long countHistory(String aggregate, String id);

    /** Every revision of each of {@code ids}, oldest first, in one round trip; absent ids have none. */
    Map<String, List<Revision>> histories(String aggregate, Collection<String> ids);
}
