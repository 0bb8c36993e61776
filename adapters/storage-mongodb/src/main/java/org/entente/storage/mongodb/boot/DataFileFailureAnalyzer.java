package org.entente.storage.mongodb.boot;

import org.entente.storage.mongodb.DataFileRefusedException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A data file the embedded server refused: its own one line says which file, what is wrong and what to do. */
class DataFileFailureAnalyzer extends AbstractFailureAnalyzer<DataFileRefusedException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFileRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }
}
