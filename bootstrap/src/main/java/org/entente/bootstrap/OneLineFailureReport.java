package org.entente.bootstrap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * A start that failed for a reason a failure analyzer recognised (an operator's mistake: a bad file, a wrong
 * property, a port in use) is told in one line, without a stack trace; Boot's own multi-line report is turned off
 * in application.properties.
 */
public final class OneLineFailureReport implements FailureAnalysisReporter {
    private static final Log log = LogFactory.getLog(OneLineFailureReport.class);

    @Override
    public void report(FailureAnalysis analysis) {
        String action = analysis.getAction() == null ? "" : " " + oneLine(analysis.getAction());
        log.error("Entente did not start: " + oneLine(analysis.getDescription()) + action);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
