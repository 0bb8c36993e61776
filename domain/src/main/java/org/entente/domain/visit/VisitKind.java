package org.entente.domain.visit;

/** The protocol class of a visit. */
public enum VisitKind {
    STATE, OFFICIAL, WORKING, OTHER
}
