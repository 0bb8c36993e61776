package org.entente.storage.memory;

import org.entente.application.port.out.Sources;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;

/** Sources in memory. */
final class InMemorySources extends InMemoryStore<SourceId, Source> implements Sources {
    InMemorySources(InMemoryUnits units) {
        super(units, "source");
    }
}
