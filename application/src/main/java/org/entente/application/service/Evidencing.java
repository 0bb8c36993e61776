package org.entente.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.application.command.Citing;
import org.entente.application.port.out.Sources;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.source.Evidence;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;

/** Turns a curator's citations into evidence, loading their sources in one round trip and checking every quote. */
final class Evidencing {
    private final Sources sources;

    Evidencing(Sources sources) {
        this.sources = sources;
    }

    List<Evidence> cite(List<Citing> citations) {
        Map<SourceId, Source> known = sources.findAllById(citations.stream().map(Citing::source).distinct().toList());
        List<Evidence> evidence = new ArrayList<>();
        for (Citing c : citations) {
            Source source = known.get(c.source());
            if (source == null) {
                throw new NotFoundException("source", c.source().value());
            }
            evidence.add(source.evidence(c.quote(), c.inferred(), c.note()));
        }
        return evidence;
    }
}
