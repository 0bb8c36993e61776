package org.entente.domain.source;

import org.entente.domain.common.RecordKind;
import org.entente.domain.common.RecordRefusal;

/** A quote that does not stand verbatim in the source it cites; carries both so that a caller can point at the citation. */
public final class QuoteNotInSourceException extends RecordRefusal {
    private final String quote;

    public QuoteNotInSourceException(SourceId source, String quote, String message) {
        super("QUOTE_NOT_IN_SOURCE", message, RecordKind.SOURCE, source.value());
        this.quote = quote;
    }

    public SourceId source() {
        return new SourceId(id());
    }

    public String quote() {
        return quote;
    }
}
