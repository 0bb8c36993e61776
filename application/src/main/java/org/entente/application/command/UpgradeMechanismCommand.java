package org.entente.application.command;

import java.util.List;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.mechanism.MechanismId;

/** Record that {@code successor} replaced {@code predecessor} from {@code on}. */
public record UpgradeMechanismCommand(MechanismId predecessor, MechanismId successor, long expectedVersion,
                                      PartialDate on, List<Citing> evidence) {
    public UpgradeMechanismCommand {
        Require.present(predecessor, "predecessor");
        Require.present(successor, "successor");
        Require.present(on, "on");
        evidence = Citing.required(evidence, "an upgrade needs evidence");
    }
}
