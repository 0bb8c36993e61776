package org.entente.domain.source;

import org.entente.domain.common.DomainException;

/** A quote that does not stand verbatim in the source it cites; carries both so that a caller can point at the citation. */
public final class QuoteNotInSourceException extends DomainException {
    private final SourceId source;
    private final String quote;

    public QuoteNotInSourceException(SourceId source, String quote, String message) {
        super("QUOTE_NOT_IN_SOURCE", message);
        this.source = source;
        this.quote = quote;
    }

    public SourceId source() {
        return source;
    }

    public String quote() {
        return quote;
    }
}
