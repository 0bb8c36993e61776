package org.entente.archfixture.application.service;

/** A service adapters must not call directly; also knows Spring, which the application may not. */
public class TreatyService {
    public org.springframework.util.StringUtils leak() {
        return null;
    }
}
