package org.entente.domain.source;

import org.entente.domain.common.DomainException;
import org.entente.domain.common.Require;

/**
 * The sentence of a source that states a fact: a verbatim quote and where it starts in the source's text.
 * A fact that needs inference (a year the article leaves implicit) is marked {@code inferred}, and
 * {@code note} says why. Made by {@link Source#quote}; rebuilt from storage through the constructor.
 */
public record Evidence(SourceId source, String quote, int offset, boolean inferred, String note) {
    public Evidence {
        Require.present(source, "evidence source");
        quote = Require.text(quote, "evidence quote");
        if (offset < 0) {
            throw new DomainException("EVIDENCE_OFFSET_INVALID", "evidence offset must be 0 or more, was " + offset);
        }
        note = Require.optionalText(note);
        if (inferred && note == null) {
            throw new DomainException("INFERENCE_NEEDS_NOTE", "inferred evidence must say in its note why the fact follows");
        }
    }

    /** The offset one past the quote's last character. */
    public int end() {
        return offset + quote.length();
    }
}
