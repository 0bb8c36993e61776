package org.entente.storage.contract;

import org.entente.application.port.out.Sources;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;

/** The contract of {@link Sources}: what every port owes its aggregate, for sources and their full texts. */
public abstract class SourcesContract extends AggregateStoreContract<SourceId, Source> {

    @Override
    protected final Sources store() {
        return storage.sources();
    }

    @Override
    protected final SourceId id(String value) {
        return new SourceId(value);
    }

    @Override
    protected final Source sample(SourceId id, int variant) {
        return SampleRecords.source(id, variant);
    }

    @Override
    protected final Source revised(Source s, String revision) {
        return new Source(s.id(), s.publisher(), "Bản sửa: " + revision, s.publishedOn(), s.language(), s.url(),
                s.text() + "\n" + revision, s.version());
    }
}
