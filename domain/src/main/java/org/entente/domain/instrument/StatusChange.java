package org.entente.domain.instrument;

import java.util.List;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.source.Evidence;

/** An instrument reached {@code status} on {@code on} (unknown when absent). */
public record StatusChange(InstrumentStatus status, PartialDate on, List<Evidence> evidence) {
    public StatusChange {
        Require.present(status, "status");
        evidence = Require.list(evidence, "status evidence");
    }
}
