package org.entente.storage.postgresql.boot;

import org.entente.storage.postgresql.PostgresUnavailableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The PostgreSQL store could not start: its own one line says what is wrong and what to do. */
class PostgresFailureAnalyzer extends AbstractFailureAnalyzer<PostgresUnavailableException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PostgresUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }
}
