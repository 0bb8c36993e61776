package org.entente.application.port.in;

import org.entente.application.command.RegisterSourceCommand;
import org.entente.domain.source.Source;

/** Registers the reports that facts are quoted from. */
public interface CurateSources {
    Source registerSource(RegisterSourceCommand command);
}
