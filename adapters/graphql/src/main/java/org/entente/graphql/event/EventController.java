package org.entente.graphql.event;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.domain.event.Event;
import org.entente.domain.organization.Organization;
import org.entente.graphql.load.RecordLoaders;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listings;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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

    @SchemaMapping(typeName = "Event")
    public CompletableFuture<Organization> hostOrganization(Event event, DataFetchingEnvironment env) {
        return RecordLoaders.organization(env, event.hostOrganization());
    }
}
