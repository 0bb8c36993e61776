package org.entente.application.command;

import java.util.List;
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

    /** The evidence a command gives, refused as EVIDENCE_REQUIRED with {@code refusal} when there is none. */
    public static List<Citing> required(List<Citing> evidence, String refusal) {
        List<Citing> given = Require.list(evidence, "evidence");
        Require.that(!given.isEmpty(), "EVIDENCE_REQUIRED", refusal);
        return given;
    }

    public static Citing quote(String source, String quote) {
        return new Citing(new SourceId(source), quote, false, null);
    }
}
