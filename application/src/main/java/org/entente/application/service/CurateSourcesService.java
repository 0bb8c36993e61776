package org.entente.application.service;

import org.entente.application.command.RegisterSourceCommand;
import org.entente.application.port.in.CurateSources;
import org.entente.application.port.out.Sources;
import org.entente.domain.source.Source;

public final class CurateSourcesService implements CurateSources {
    private final Sources sources;
    private final Chronicle chronicle;

    public CurateSourcesService(Sources sources, Chronicle chronicle) {
        this.sources = sources;
        this.chronicle = chronicle;
    }

    @Override
    public Source registerSource(RegisterSourceCommand c) {
        return chronicle.save(sources, null, new Source(c.id(), c.publisher(), c.title(), c.publishedOn(), c.language(),
                c.url(), c.text(), 0), "registerSource");
    }
}
