package org.entente.application.port.in;

import org.entente.application.history.Revision;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;

/** The revision history of any aggregate. */
public interface ReadHistory {
    Page<Revision> history(String aggregate, String id, PageRequest request);

    long countHistory(String aggregate, String id);
}
