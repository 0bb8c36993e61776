package org.entente.application.port.out;

import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;

/** The stored sources, with their full text. */
public interface Sources extends AggregateStore<SourceId, Source> {
}
