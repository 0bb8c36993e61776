package org.entente.application.port.out;

import org.entente.application.history.Change;

/** Where changes are announced once stored; a deployment may back it with change streams or a broker. */
public interface ChangeFeed {
    void publish(Change change);
}
