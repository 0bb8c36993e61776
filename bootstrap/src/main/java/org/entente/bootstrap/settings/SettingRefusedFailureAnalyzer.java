package org.entente.bootstrap.settings;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused setting: its one line is the exception's own, which names the setting and what would be right. */
class SettingRefusedFailureAnalyzer extends AbstractFailureAnalyzer<SettingRefusedException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SettingRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }
}
