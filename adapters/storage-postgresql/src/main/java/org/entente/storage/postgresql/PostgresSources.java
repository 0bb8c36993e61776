package org.entente.storage.postgresql;

import org.entente.application.port.out.Sources;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import tools.jackson.databind.node.ObjectNode;

/** The sources with their full text: found by id only, so nothing beside the document. */
final class PostgresSources extends PostgresRecords<SourceId, Source> implements Sources {

    PostgresSources(PostgresSite site) {
        super(site, "sources", "source", null);
    }

    @Override
    protected void write(Source s, ObjectNode d) {
        Json.put(d, "publisher", s.publisher());
        Json.put(d, "title", s.title());
        Json.put(d, "publishedOn", s.publishedOn());
        d.put("language", s.language());
        Json.put(d, "url", s.url());
        d.put("text", s.text());
    }

    @Override
    protected Source record(Fields d, long version) {
        return new Source(d.id("id", SourceId::new), d.optionalText("publisher"), d.optionalText("title"),
                d.optionalDate("publishedOn"), d.text("language"), d.optionalText("url"), d.text("text"), version);
    }
}
