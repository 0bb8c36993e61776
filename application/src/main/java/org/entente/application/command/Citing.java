package org.entente.application.command;

import org.entente.domain.common.Require;
import org.entente.domain.source.SourceId;

/**
 * Evidence as a curator gives it: a source and a quote that must stand in it verbatim; {@code inferred} with a
 * {@code note} saying why when the fact follows from the quote rather than being stated by it.
 */
public record Citing(SourceId source, String quote, boolean inferred, String note) {
    public Citing {
        Require.present(source, "evidence source");
        quote = Require.text(quote, "evidence quote");
        note = Require.optionalText(note);
        Require.that(!inferred || note != null, "INFERENCE_NEEDS_NOTE",
                "inferred evidence must say in its note why the fact follows");
    }

    public static Citing quote(String source, String quote) {
        return new Citing(new SourceId(source), quote, false, null);
    }
}
