package org.entente.graphql.person;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;
import org.entente.domain.person.Post;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listings;
import org.entente.graphql.page.NestedPages;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.graphql.scalar.DateInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Persons, the posts they held and the meetings they attended. */
@Controller
public class PersonController {
    private final BrowseRecords browse;

    public PersonController(BrowseRecords browse) {
        this.browse = browse;
    }

    @QueryMapping
    public Connection<Person> persons(@Argument PersonFilter filter, @Argument Integer first, @Argument String after,
                                      @Argument Integer last, @Argument String before) {
        PageRequest request = Listings.PERSONS.request(first, after, last, before);
        return Listings.PERSONS.browsed(browse, PersonFilter.criteria(filter), request);
    }

    @SchemaMapping(typeName = "Person")
    public List<Post> posts(Person person, @Argument DateInput asOf) {
        return person.postsHeldOn(DateInput.read(asOf, "asOf"));
    }

    /** The meetings of every person a level of the query reaches come as one batch of pages. */
    @SchemaMapping(typeName = "Person")
    public CompletableFuture<Connection<Meeting>> meetings(Person person, @Argument Integer first,
                                                           @Argument String after, @Argument Integer last,
                                                           @Argument String before, DataFetchingEnvironment env) {
        PageRequest request = Listings.MEETINGS.request(first, after, last, before);
        return NestedPages.meetings(env, MeetingCriteria.attendedBy(person.id()), request);
    }
}
