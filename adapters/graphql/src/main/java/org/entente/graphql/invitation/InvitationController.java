package org.entente.graphql.invitation;

import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.domain.invitation.Invitation;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listings;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Invitations and the persons and meetings they name. */
@Controller
public class InvitationController {
    private final BrowseRecords browse;

    public InvitationController(BrowseRecords browse) {
        this.browse = browse;
    }

    @QueryMapping
    public Connection<Invitation> invitations(@Argument InvitationFilter filter, @Argument Integer first,
                                              @Argument String after, @Argument Integer last,
                                              @Argument String before) {
        PageRequest request = Listings.INVITATIONS.request(first, after, last, before);
        return Listings.INVITATIONS.browsed(browse, InvitationFilter.criteria(filter, null), request);
    }
}
