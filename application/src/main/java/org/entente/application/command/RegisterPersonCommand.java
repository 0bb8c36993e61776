package org.entente.application.command;

import java.util.List;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.PersonId;

/** A person as a source names them, with the posts it reports. */
public record RegisterPersonCommand(PersonId id, String name, List<String> otherNames, Country country,
                                    List<PostInput> posts, List<Citing> evidence) {
    public RegisterPersonCommand {
        Require.present(id, "id");
        posts = Require.list(posts, "posts");
        evidence = Require.list(evidence, "evidence");
    }

    /** A post held: title, organisation, and when, where known. */
    public record PostInput(String title, OrganizationId organization, PartialDate since, PartialDate until,
                            List<Citing> evidence) {
        public PostInput {
            evidence = Require.list(evidence, "post evidence");
        }
    }
}
