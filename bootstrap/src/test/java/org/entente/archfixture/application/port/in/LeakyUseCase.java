package org.entente.archfixture.application.port.in;

import org.entente.archfixture.application.port.out.Treaties;

/** Violates the port rule on purpose: a driving port that exposes a driven one. */
public interface LeakyUseCase {
    Treaties treaties();
}
