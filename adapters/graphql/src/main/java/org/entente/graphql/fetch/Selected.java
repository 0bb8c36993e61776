package org.entente.graphql.fetch;

import graphql.language.Field;
import graphql.language.Selection;
import graphql.schema.DataFetchingEnvironment;

/**
 * Whether a field's selection asks for some of its subfields, read from the document's own selections where they
 * are plain fields, which costs next to nothing; a fragment or a directive among them is left to graphql-java's
 * selection set, which resolves them (and costs a walk of the whole subtree, too much to pay at every record).
 */
public final class Selected {
    private Selected() {
    }

    /** Whether the field {@code env} fetches selects {@code name} or any of {@code more}. */
    public static boolean anyOf(DataFetchingEnvironment env, String name, String... more) {
        for (Field field : env.getMergedField().getFields()) {
            if (field.getSelectionSet() == null) {
                continue;
            }
            for (Selection<?> selection : field.getSelectionSet().getSelections()) {
                if (!(selection instanceof Field sub) || !sub.getDirectives().isEmpty()) {
                    return env.getSelectionSet().containsAnyOf(name, more);
                }
                if (isOneOf(sub.getName(), name, more)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The names are one to three: a look at each beats building a set at every record. */
    private static boolean isOneOf(String candidate, String name, String... more) {
        if (candidate.equals(name)) {
            return true;
        }
        for (String other : more) {
            if (candidate.equals(other)) {
                return true;
            }
        }
        return false;
    }
}
