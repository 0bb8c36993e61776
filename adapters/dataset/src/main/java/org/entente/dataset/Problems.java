package org.entente.dataset;

import java.util.ArrayList;
import java.util.List;
import org.entente.application.dataset.DataSetProblem;

/** Every problem found while reading one file, in the order found. */
final class Problems {
    private final List<DataSetProblem> found = new ArrayList<>();

    void add(String record, String field, String message) {
        found.add(new DataSetProblem(record, field, message));
    }

    int count() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<DataSetProblem> all() {
        return List.copyOf(found);
    }
}
