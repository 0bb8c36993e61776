package org.entente.storage.mongodb;

/** What the stores need of every document: its id and the version Spring Data's {@code @Version} keeps. */
interface StoredDocument {
    String id();

    long version();
}
