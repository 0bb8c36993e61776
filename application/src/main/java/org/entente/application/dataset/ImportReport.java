package org.entente.application.dataset;

/** How many aggregates an import created, changed and found unchanged. */
public record ImportReport(int created, int updated, int unchanged) {
}
