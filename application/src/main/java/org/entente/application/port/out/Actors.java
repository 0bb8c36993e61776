package org.entente.application.port.out;

/** Who is making the current change: an API key's name, or the system for loads at start-up. */
public interface Actors {
    String SYSTEM = "system";

    String current();
}
