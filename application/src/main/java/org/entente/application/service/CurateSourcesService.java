package org.entente.application.service;

import org.entente.application.command.RegisterSourceCommand;
import org.entente.application.port.in.CurateSources;
import org.entente.application.port.out.Sources;
import org.entente.domain.source.Source;

public final class CurateSourcesService implements CurateSources {
    private final Sources sources;

    public CurateSourcesService(Sources sources) {
        this.sources = sources;
    }

    @Override
    public Source registerSource(RegisterSourceCommand c) {
        return sources.save(new Source(c.id(), c.publisher(), c.title(), c.publishedOn(), c.language(), c.url(),
                c.text(), 0));
    }
}
