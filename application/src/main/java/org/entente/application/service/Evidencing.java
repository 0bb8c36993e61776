package org.entente.application.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.application.command.Citing;
import org.entente.application.port.out.Sources;
import org.entente.domain.common.Checklist;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.common.RecordKind;
import org.entente.domain.source.Evidence;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;

/**
 * Turns a curator's citations into evidence. The sources of every citation of a command (the record's own, each
 * attendance's) are loaded in one round trip, since a source carries its whole text; then each quote is checked,
 * every unknown source and every quote not found noted on the command's {@link Checklist}.
 */
final class Evidencing {
    private final Sources sources;

    Evidencing(Sources sources) {
        this.sources = sources;
    }

    /** The evidence of {@code citations}, their sources loaded at once; refused with every citation that is not evidence. */
    List<Evidence> cite(List<Citing> citations) {
        Checklist checks = new Checklist();
        List<Evidence> evidence = load(citations).cite(citations, checks);
        checks.settle();
        return evidence;
    }

    /** The sources of all of {@code citations}, loaded at once. */
    Sourced load(Collection<Citing> citations) {
        List<SourceId> ids = citations.stream().map(Citing::source).distinct().toList();
        return new Sourced(ids.isEmpty() ? Map.of() : sources.findAllById(ids));
    }

    /** The sources a command cites. */
    static final class Sourced {
        private final Map<SourceId, Source> known;

        private Sourced(Map<SourceId, Source> known) {
            this.known = known;
        }

        /** The evidence of {@code citations}; each that cannot be evidence is noted on {@code checks} and left out. */
        List<Evidence> cite(List<Citing> citations, Checklist checks) {
            List<Evidence> evidence = new ArrayList<>();
            for (Citing c : citations) {
                Source source = known.get(c.source());
                if (source == null) {
                    checks.note(new NotFoundException(RecordKind.SOURCE, c.source().value()));
                } else {
                    Evidence found = checks.check(() -> source.evidence(c.quote(), c.inferred(), c.note()));
                    if (found != null) {
                        evidence.add(found);
                    }
                }
            }
            return evidence;
        }
    }
}
