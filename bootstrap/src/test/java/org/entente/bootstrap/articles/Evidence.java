package org.entente.bootstrap.articles;

/** An answer's {@code evidence { quote inferred note source { id } }}, as the article tests read it back. */
record Evidence(String quote, boolean inferred, String note, Source source) {
    /** The {@code source { id }} of an evidence: the global id of the article quoted. */
    record Source(String id) {
    }
}
