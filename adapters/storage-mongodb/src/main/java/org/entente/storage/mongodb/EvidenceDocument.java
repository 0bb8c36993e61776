package org.entente.storage.mongodb;

/** A piece of evidence inside any document: the source's id, the quote and where it starts. */
record EvidenceDocument(String source, String quote, int offset, boolean inferred, String note) {
}
