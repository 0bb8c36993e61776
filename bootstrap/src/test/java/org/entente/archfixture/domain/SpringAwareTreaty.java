package org.entente.archfixture.domain;

/** Violates the domain's purity on purpose: a model class that knows Spring. */
public class SpringAwareTreaty {
    public org.springframework.util.StringUtils leak() {
        return null;
    }
}
