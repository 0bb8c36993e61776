package org.entente.application.dataset;

import java.util.List;
import java.util.stream.Collectors;
import org.entente.domain.common.DomainException;

/** A data set refused as a whole: every problem found is listed, and nothing of it was stored. */
public final class InvalidDataSetException extends DomainException {
    private final List<DataSetProblem> problems;

    public InvalidDataSetException(String origin, List<DataSetProblem> problems) {
        super("DATA_SET_INVALID", origin + " is invalid; nothing of it was stored:\n  "
                + problems.stream().map(DataSetProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<DataSetProblem> problems() {
        return problems;
    }
}
