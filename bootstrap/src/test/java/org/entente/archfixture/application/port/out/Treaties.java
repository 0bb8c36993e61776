package org.entente.archfixture.application.port.out;

/** An out port the violating fixtures below reach for. */
public interface Treaties {
}
