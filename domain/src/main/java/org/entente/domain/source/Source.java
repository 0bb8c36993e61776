package org.entente.domain.source;

import org.entente.domain.common.Aggregate;
import java.util.List;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;

/**
 * A report the graph is built from, with its full text so that every quote can be checked against it.
 * Publisher, title, {@code publishedOn} and {@code url} are absent where the source does not give them: none is invented.
 */
public record Source(SourceId id, String publisher, String title, PartialDate publishedOn, String language,
                     String url, String text, long version) implements Aggregate<SourceId, Source> {

    public Source {
        Require.present(id, "source id");
        publisher = Require.optionalText(publisher);
        title = Require.optionalText(title);
        language = Require.text(language, "source language");
        Require.that(language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"), "SOURCE_LANGUAGE_INVALID",
                "source language must be a BCP 47 tag such as 'en' or 'vi', was '" + language + "'");
        url = Require.optionalText(url);
        if (text == null || text.isBlank()) {
            throw new DomainException("REQUIRED", "source text must not be blank");
        }
        Require.version(version);
    }

    /** Evidence quoting this source; refused unless the quote stands in the text verbatim. */
    public Evidence quote(String quote) {
        return evidence(quote, false, null);
    }

    /** Evidence for a fact inferred from this quote, with the reasoning that leads from one to the other. */
    public Evidence inferFrom(String quote, String reasoning) {
        return evidence(quote, true, Require.text(reasoning, "the reasoning of an inference"));
    }

    /** Evidence quoting this source, with a curator's note (inferred or not). */
    public Evidence evidence(String quote, boolean inferred, String note) {
        String q = Require.text(quote, "evidence quote");
        int at = text.indexOf(q);
        if (at < 0) {
            throw new QuoteNotInSourceException(id, q, "the quote '" + abbreviate(q)
                    + "' does not appear verbatim in source " + id.value());
        }
        return new Evidence(id, q, at, inferred, note);
    }

    /** Whether this evidence quotes this source at the offset it claims. */
    public boolean attests(Evidence evidence) {
        return evidence.source().equals(id) && text.startsWith(evidence.quote(), evidence.offset());
    }

    @Override
    public List<Citation> citations() {
        return List.of();
    }

    @Override
    public Source withVersion(long version) {
        return new Source(id, publisher, title, publishedOn, language, url, text, version);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
