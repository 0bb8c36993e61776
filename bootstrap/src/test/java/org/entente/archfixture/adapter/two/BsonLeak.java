package org.entente.archfixture.adapter.two;

/** Violates on purpose: a BSON type outside the MongoDB adapter. */
public class BsonLeak {
    public org.bson.Document document() {
        return new org.bson.Document();
    }
}
