package org.entente.graphql.event;

import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.domain.event.Event;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listings;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Events announced within relations. */
@Controller
public class EventController {
    private final BrowseRecords browse;

    public EventController(BrowseRecords browse) {
        this.browse = browse;
    }

    @QueryMapping
    public Connection<Event> events(@Argument EventFilter filter, @Argument Integer first, @Argument String after,
                                    @Argument Integer last, @Argument String before) {
        PageRequest request = Listings.EVENTS.request(first, after, last, before);
        return Listings.EVENTS.browsed(browse, EventFilter.criteria(filter, null), request);
    }
}
