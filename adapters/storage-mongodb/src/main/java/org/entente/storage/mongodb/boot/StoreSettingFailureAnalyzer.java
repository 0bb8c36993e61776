package org.entente.storage.mongodb.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused MongoDB setting or an unreachable server: the exception's own one line, without its trace. */
class StoreSettingFailureAnalyzer extends AbstractFailureAnalyzer<StoreSettingException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreSettingException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }
}
