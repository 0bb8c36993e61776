package org.entente.domain.person;

import java.util.List;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.source.Evidence;

/**
 * An office a person held: a title, the organisation, and when, any of which but the title may be unknown.
 * A post known only to have been held on some date has {@code since} and {@code until} absent and is found
 * through the meetings that report it.
 */
public record Post(String title, OrganizationId organization, PartialDate since, PartialDate until,
                   List<Evidence> evidence) {
    public Post {
        title = Require.text(title, "post title");
        if (since != null && until != null && until.isBefore(since)) {
            throw new DomainException("POST_PERIOD_INVALID", "post '" + title + "' ends (" + until
                    + ") before it starts (" + since + ")");
        }
        evidence = Require.list(evidence, "post evidence");
    }

    /** Whether the post may have been held on {@code date}: unknown bounds do not exclude it. */
    public boolean heldOn(PartialDate date) {
        return (since == null || !date.last().isBefore(since.first()))
                && (until == null || !date.first().isAfter(until.last()));
    }
}
