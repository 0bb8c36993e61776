package org.entente.application.port.out;

import java.util.Objects;

/**
 * A store adapter on the class path, by the name {@code entente.storage} chooses it by ({@code memory},
 * {@code mongodb}, …): every adapter offers itself, chosen or not, so that a name no adapter answers to can be
 * refused with the names that would be right.
 */
public record StoreOffer(String name) {
    public StoreOffer {
        Objects.requireNonNull(name, "name");
    }
}
