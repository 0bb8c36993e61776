package org.entente.graphql.relation;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.application.port.in.ExploreRelations;
import org.entente.application.port.in.TimelineEntry;
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
import org.entente.domain.relation.RelationId;
import org.entente.graphql.error.Arguments;
import org.entente.graphql.event.EventFilter;
import org.entente.graphql.instrument.InstrumentFilter;
import org.entente.graphql.invitation.InvitationFilter;
import org.entente.graphql.load.RecordLoaders;
import org.entente.graphql.meeting.CommitmentAt;
import org.entente.graphql.meeting.MeetingFilter;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listing;
import org.entente.graphql.page.Listings;
import org.entente.graphql.scalar.DateInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * A relation: its levels, mechanisms, and the lists within it. Each list within a relation is read through a
 * loader keyed by what it asks for, so that a relation reached many times in one response (from every meeting
 * of a page) is read once.
 */
@Controller
public class RelationController {
    private static final String PAGES = "relationPages";
    private static final String TIMELINES = "relationTimelines";
    private static final String COMMITMENTS = "relationCommitments";
    private static final Listing<TimelineEntry> TIMELINE = new Listing<>("timeline",
            entry -> new org.entente.application.page.Keyset(entry.date().sortKey(), entry.tieBreak()));

    private final ExploreRelations explore;

    public RelationController(ExploreRelations explore, BrowseRecords browse, BatchLoaderRegistry registry) {
        this.explore = explore;
        RecordLoaders.<ScopedPage, Connection<?>>register(registry, PAGES, keys -> {
            Map<ScopedPage, Connection<?>> pages = new LinkedHashMap<>();
            keys.forEach(key -> pages.put(key, Listings.read(browse, key.criteria(), key.request())));
            return pages;
        });
        RecordLoaders.<TimelineWindow, Listing.Ordered<TimelineEntry>>register(registry, TIMELINES, keys -> {
            Map<TimelineWindow, Listing.Ordered<TimelineEntry>> timelines = new LinkedHashMap<>();
            keys.forEach(key -> timelines.put(key,
                    TIMELINE.order(explore.timeline(key.relation(), key.from(), key.to()))));
            return timelines;
        });
        RecordLoaders.<RelationId, Listing.Ordered<CommitmentAt>>register(registry, COMMITMENTS, keys -> {
            Map<RelationId, Listing.Ordered<CommitmentAt>> commitments = new LinkedHashMap<>();
            keys.forEach(key -> commitments.put(key, CommitmentAt.LISTING.order(commitmentsOf(browse, key))));
            return commitments;
        });
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
        return page(env, MeetingFilter.criteria(filter, relation.id()), request);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<Connection<Instrument>> instruments(BilateralRelation relation,
                                                                 @Argument InstrumentFilter filter,
                                                                 @Argument Integer first, @Argument String after,
                                                                 @Argument Integer last, @Argument String before,
                                                                 DataFetchingEnvironment env) {
        PageRequest request = Listings.INSTRUMENTS.request(first, after, last, before);
        return page(env, InstrumentFilter.criteria(filter, relation.id()), request);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<Connection<Invitation>> invitations(BilateralRelation relation,
                                                                 @Argument InvitationFilter filter,
                                                                 @Argument Integer first, @Argument String after,
                                                                 @Argument Integer last, @Argument String before,
                                                                 DataFetchingEnvironment env) {
        PageRequest request = Listings.INVITATIONS.request(first, after, last, before);
        return page(env, InvitationFilter.criteria(filter, relation.id()), request);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<Connection<Event>> events(BilateralRelation relation, @Argument EventFilter filter,
                                                       @Argument Integer first, @Argument String after,
                                                       @Argument Integer last, @Argument String before,
                                                       DataFetchingEnvironment env) {
        PageRequest request = Listings.EVENTS.request(first, after, last, before);
        return page(env, EventFilter.criteria(filter, relation.id()), request);
    }

    @SchemaMapping(typeName = "BilateralRelation")
    public CompletableFuture<Connection<CommitmentAt>> commitments(BilateralRelation relation,
                                                                   @Argument Integer first, @Argument String after,
                                                                   @Argument Integer last, @Argument String before,
                                                                   DataFetchingEnvironment env) {
        PageRequest request = CommitmentAt.LISTING.request(first, after, last, before);
        CompletableFuture<Listing.Ordered<CommitmentAt>> all = RecordLoaders.load(env, COMMITMENTS, relation.id());
        return all.thenApply(commitments -> CommitmentAt.LISTING.slice(commitments, request));
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
        PageRequest request = TIMELINE.request(first, after, last, before);
        CompletableFuture<Listing.Ordered<TimelineEntry>> entries = RecordLoaders.load(env, TIMELINES,
                new TimelineWindow(relation.id(), fromDate, toDate));
        return entries.thenApply(all -> TIMELINE.slice(all, request));
    }

    @SchemaMapping(typeName = "PartnershipLevel")
    public CompletableFuture<Meeting> announcedAt(PartnershipLevel level, DataFetchingEnvironment env) {
        return RecordLoaders.meeting(env, level.announcedAt());
    }

    @SuppressWarnings("unchecked")
    private static <T> CompletableFuture<Connection<T>> page(DataFetchingEnvironment env, Object criteria,
                                                             PageRequest request) {
        CompletableFuture<Connection<?>> page = RecordLoaders.load(env, PAGES, new ScopedPage(criteria, request));
        return page.thenApply(connection -> (Connection<T>) connection);
    }

    /** Every commitment of the relation's meetings, read a full page of meetings at a time. */
    private static List<CommitmentAt> commitmentsOf(BrowseRecords browse, RelationId relation) {
        MeetingCriteria criteria = MeetingCriteria.ofRelation(relation);
        List<CommitmentAt> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<Meeting> page = browse.meetings(criteria, request);
            page.items().forEach(meeting -> all.addAll(CommitmentAt.of(meeting)));
            if (!page.hasNext() || page.items().isEmpty()) {
                return all;
            }
            Meeting last = page.items().get(page.items().size() - 1);
            request = PageRequest.firstAfter(PageRequest.MAX_SIZE, MeetingCriteria.keyOf(last));
        }
    }
}
