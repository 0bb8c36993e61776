package org.entente.application.command;

import java.util.List;
import org.entente.domain.common.Require;
import org.entente.domain.person.PersonId;

/** Two person records found to be one person: {@code merged} goes into {@code survivor}, for the reasons cited. */
public record MergePersonsCommand(PersonId survivor, PersonId merged, List<Citing> evidence) {
    public MergePersonsCommand {
        Require.present(survivor, "survivor");
        Require.present(merged, "merged");
        evidence = Citing.required(evidence, "a merge needs evidence that the two are one person");
    }
}
