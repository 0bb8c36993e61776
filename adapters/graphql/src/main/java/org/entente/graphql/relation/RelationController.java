package org.entente.graphql.relation;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.ExploreRelations;
import org.entente.application.port.in.CommitmentAt;
import org.entente.application.port.in.TimelineEntry;
import org.entente.application.port.in.TimelineWindow;
import org.entente.domain.common.PartialDate;
import org.entente.domain.event.Event;
import org.entente.domain.geo.Country;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.PartnershipLevel;
import org.entente.graphql.error.Arguments;
import org.entente.graphql.event.EventFilter;
import org.entente.graphql.instrument.InstrumentFilter;
import org.entente.graphql.invitation.InvitationFilter;
import org.entente.graphql.load.RecordLoaders;
import org.entente.graphql.meeting.MeetingFilter;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listings;
import org.entente.graphql.page.NestedPages;
import org.entente.graphql.scalar.DateInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * A relation: its levels, mechanisms, and the lists within it. Each list within a relation is paged for every
 * relation a level of the query reaches at once ({@link NestedPages}), so that a relation reached from every meeting
 * of a page is read once, and its lists read what they show.
 */
@Controller
public class RelationController {
    private final ExploreRelations explore;

    public RelationController(ExploreRelations explore) {
        this.explore = explore;
    }

    @QueryMapping
    public BilateralRelation relation(@Argument List<String> between) {
        CountryPair pair = Arguments.read("between", () -> CountryPair.of(between));
        return explore.relationBetween(pair).orElse(null);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public List<Country> countries(BilateralRelation relation) {
        return relation.countries().countries();
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public PartnershipLevel currentLevel(BilateralRelation relation) {
        return relation.currentLevel().orElse(null);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public PartnershipLevel levelAt(BilateralRelation relation, @Argument DateInput date) {
        return relation.levelAt(date.read("date")).orElse(null);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<List<DialogueMechanism>> mechanisms(BilateralRelation relation,
                                                                 DataFetchingEnvironment env) {
        return RecordLoaders.mechanismsOf(env, relation.id());
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<Connection<Meeting>> meetings(BilateralRelation relation, @Argument MeetingFilter filter,
                                                           @Argument Integer first, @Argument String after,
                                                           @Argument Integer last, @Argument String before,
                                                           DataFetchingEnvironment env) {
        PageRequest request = Listings.MEETINGS.request(first, after, last, before);
        return NestedPages.meetings(env, MeetingFilter.criteria(filter, relation.id()), request);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<Connection<Instrument>> instruments(BilateralRelation relation,
                                                                 @Argument InstrumentFilter filter,
                                                                 @Argument Integer first, @Argument String after,
                                                                 @Argument Integer last, @Argument String before,
                                                                 DataFetchingEnvironment env) {
        PageRequest request = Listings.INSTRUMENTS.request(first, after, last, before);
        return NestedPages.instruments(env, InstrumentFilter.criteria(filter, relation.id()), request);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<Connection<Invitation>> invitations(BilateralRelation relation,
                                                                 @Argument InvitationFilter filter,
                                                                 @Argument Integer first, @Argument String after,
                                                                 @Argument Integer last, @Argument String before,
                                                                 DataFetchingEnvironment env) {
        PageRequest request = Listings.INVITATIONS.request(first, after, last, before);
        return NestedPages.invitations(env, InvitationFilter.criteria(filter, relation.id()), request);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<Connection<Event>> events(BilateralRelation relation, @Argument EventFilter filter,
                                                       @Argument Integer first, @Argument String after,
                                                       @Argument Integer last, @Argument String before,
                                                       DataFetchingEnvironment env) {
        PageRequest request = Listings.EVENTS.request(first, after, last, before);
        return NestedPages.events(env, EventFilter.criteria(filter, relation.id()), request);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<Connection<CommitmentAt>> commitments(BilateralRelation relation,
                                                                   @Argument Integer first, @Argument String after,
                                                                   @Argument Integer last, @Argument String before,
                                                                   DataFetchingEnvironment env) {
        PageRequest request = NestedPages.COMMITMENTS.request(first, after, last, before);
        return NestedPages.commitments(env, relation.id(), request);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<Connection<TimelineEntry>> timeline(BilateralRelation relation,
                                                                 @Argument DateInput from, @Argument DateInput to,
                                                                 @Argument Integer first, @Argument String after,
                                                                 @Argument Integer last, @Argument String before,
                                                                 DataFetchingEnvironment env) {
        PartialDate fromDate = DateInput.read(from, "from");
        PartialDate toDate = DateInput.read(to, "to");
        if (fromDate != null && toDate != null && toDate.last().isBefore(fromDate.first())) {
            throw new org.entente.graphql.error.InvalidArgumentException("to", "DATE_RANGE_INVALID",
                    "'to' (" + toDate + ") is before 'from' (" + fromDate + ")");
        }
        PageRequest request = NestedPages.TIMELINE.request(first, after, last, before);
        return NestedPages.timeline(env, new TimelineWindow(relation.id(), fromDate, toDate), request);
    }
}
