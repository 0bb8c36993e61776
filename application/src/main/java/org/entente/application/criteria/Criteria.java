package org.entente.application.criteria;

import org.entente.domain.common.RecordKind;

/**
 * Which records of one kind ({@code A}) to list: {@code BrowseRecords} pages them through that kind's listed port.
 */
public interface Criteria<A> {
    /** The kind of record listed, whose store's port is a {@code ListedBy} of this criteria. */
    RecordKind recordKind();
}
