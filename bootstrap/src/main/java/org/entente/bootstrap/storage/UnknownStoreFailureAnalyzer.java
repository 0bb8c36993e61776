package org.entente.bootstrap.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A store no adapter offers: its one line names the property, the value and the stores there are. */
class UnknownStoreFailureAnalyzer extends AbstractFailureAnalyzer<UnknownStoreException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnknownStoreException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }
}
