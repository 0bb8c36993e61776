package org.entente.application.page;

import org.entente.domain.common.DomainException;

/**
 * Which page of an ordered list to read: at most {@code size} items strictly after {@code after} and strictly
 * before {@code before} (either may be absent). With {@code fromEnd} the page is the last {@code size} such items
 * rather than the first; items come in ascending order either way.
 */
public record PageRequest(int size, Keyset after, Keyset before, boolean fromEnd) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (size < 0 || size > MAX_SIZE) {
            throw new DomainException("PAGE_SIZE_INVALID", "a page holds 0 to " + MAX_SIZE + " items, asked for " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, null, null, false);
    }

    public static PageRequest firstAfter(int size, Keyset after) {
        return new PageRequest(size, after, null, false);
    }

    public static PageRequest lastBefore(int size, Keyset before) {
        return new PageRequest(size, null, before, true);
    }

    /** Whether {@code key} lies in the range this request reads from. */
    public boolean admits(Keyset key) {
        return (after == null || key.compareTo(after) > 0) && (before == null || key.compareTo(before) < 0);
    }

    /**
     * Written out, not left to the record's generated method: a page request is part of the key of every nested
     * page a query asks for, hashed several times for each in a batch, and the generated one showed in profiles.
     */
    @Override
    public int hashCode() {
        int hash = Integer.hashCode(size);
        hash = 31 * hash + java.util.Objects.hashCode(after);
        hash = 31 * hash + java.util.Objects.hashCode(before);
        return 31 * hash + Boolean.hashCode(fromEnd);
    }
}
