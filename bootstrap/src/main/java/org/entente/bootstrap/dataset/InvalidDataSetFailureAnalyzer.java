package org.entente.bootstrap.dataset;

import java.util.stream.Collectors;
import org.entente.application.dataset.DataSetProblem;
import org.entente.application.dataset.InvalidDataSetException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A data set file refused at start-up ({@code entente.import}): one line with every problem, each naming its record
 * and field, once, without the trace of the bean whose start it stopped.
 */
class InvalidDataSetFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDataSetException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDataSetException cause) {
        int count = cause.problems().size();
        String problems = cause.problems().stream().map(DataSetProblem::toString).collect(Collectors.joining("; "));
        String origin = cause.getMessage().substring(0, cause.getMessage().indexOf(" is invalid"));
        return new FailureAnalysis(origin + " is invalid, nothing of it was stored (" + count
                + (count == 1 ? " problem" : " problems") + "): " + problems, null, cause);
    }
}
