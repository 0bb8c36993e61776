package org.entente.graphql.relation;

import org.entente.application.page.PageRequest;

/** A page of a list within one relation; equal pages are read once per request, however many parents ask. */
record ScopedPage(Object criteria, PageRequest request) {
}
