package org.entente.graphql.page;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.entente.application.criteria.Criteria;
import org.entente.application.criteria.EventCriteria;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.application.port.in.CommitmentAt;
import org.entente.application.port.in.ExploreRelations;
import org.entente.application.port.in.TimelineEntry;
import org.entente.application.port.in.TimelineWindow;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.relation.RelationId;
import org.entente.graphql.load.RecordLoaders;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * The connections nested under other records (a person's meetings, a relation's meetings, instruments,
 * invitations, events, commitments and timeline): the pages of every parent a level of the query reaches are read
 * in one call per kind of list and page request, and their totals, where a client selects them, in one more. So a
 * page of fifty persons with their meetings costs what a page of five does, and reads what it shows.
 */
@Component
public class NestedPages {
    public static final Listing<CommitmentAt> COMMITMENTS = new Listing<>("commitment", CommitmentAt::keyOf);
    public static final Listing<TimelineEntry> TIMELINE = new Listing<>("timeline", TimelineEntry::keyOf);

    private static final String PAGES = "nestedPages";
    private static final String COUNTS = "nestedCounts";
    private static final String TIMELINES = "timelines";
    private static final String TIMELINE_COUNTS = "timelineCounts";
    private static final String RELATION_COMMITMENTS = "commitments";
    private static final String COMMITMENT_COUNTS = "commitmentCounts";

    /** A page of one parent's list: the criteria naming the parent, and the page asked for. */
    private record Scoped<C>(C criteria, PageRequest request) {
        /** Written out: a key of every parent's page, hashed several times each in a batch. */
        @Override
        public int hashCode() {
            return 31 * criteria.hashCode() + request.hashCode();
        }
    }

    public NestedPages(BrowseRecords browse, ExploreRelations explore, BatchLoaderRegistry registry) {
        RecordLoaders.<Scoped<?>, Page<?>>register(registry, PAGES, keys -> byRequest(keys,
                (criteria, request) -> browse.pages(listed(criteria), request)));
        RecordLoaders.<Object, Long>register(registry, COUNTS,
                criteria -> new LinkedHashMap<>(browse.counts(listed(criteria))));
        RecordLoaders.<Scoped<?>, Page<?>>register(registry, TIMELINES, keys -> byRequest(keys,
                (windows, request) -> new LinkedHashMap<>(explore.timelines(only(windows, TimelineWindow.class),
                        request))));
        RecordLoaders.register(registry, TIMELINE_COUNTS, explore::timelineCounts);
        RecordLoaders.<Scoped<?>, Page<?>>register(registry, RELATION_COMMITMENTS, keys -> byRequest(keys,
                (relations, request) -> new LinkedHashMap<>(explore.commitments(only(relations, RelationId.class),
                        request))));
        RecordLoaders.register(registry, COMMITMENT_COUNTS, explore::commitmentCounts);
    }

    public static CompletableFuture<Connection<Meeting>> meetings(DataFetchingEnvironment env, MeetingCriteria criteria,
                                                                  PageRequest request) {
        return connection(env, PAGES, COUNTS, Listings.MEETINGS, criteria, request);
    }

    public static CompletableFuture<Connection<Instrument>> instruments(DataFetchingEnvironment env,
                                                                        InstrumentCriteria criteria,
                                                                        PageRequest request) {
        return connection(env, PAGES, COUNTS, Listings.INSTRUMENTS, criteria, request);
    }

    public static CompletableFuture<Connection<Invitation>> invitations(DataFetchingEnvironment env,
                                                                        InvitationCriteria criteria,
                                                                        PageRequest request) {
        return connection(env, PAGES, COUNTS, Listings.INVITATIONS, criteria, request);
    }

    public static CompletableFuture<Connection<Event>> events(DataFetchingEnvironment env, EventCriteria criteria,
                                                              PageRequest request) {
        return connection(env, PAGES, COUNTS, Listings.EVENTS, criteria, request);
    }

    public static CompletableFuture<Connection<TimelineEntry>> timeline(DataFetchingEnvironment env,
                                                                        TimelineWindow window, PageRequest request) {
        return connection(env, TIMELINES, TIMELINE_COUNTS, TIMELINE, window, request);
    }

    public static CompletableFuture<Connection<CommitmentAt>> commitments(DataFetchingEnvironment env,
                                                                          RelationId relation, PageRequest request) {
        return connection(env, RELATION_COMMITMENTS, COMMITMENT_COUNTS, COMMITMENTS, relation, request);
    }

    @SuppressWarnings("unchecked")
    private static <T, K> CompletableFuture<Connection<T>> connection(DataFetchingEnvironment env, String pages,
                                                                     String counts, Listing<T> listing, K parent,
                                                                     PageRequest request) {
        CompletableFuture<Page<?>> page = RecordLoaders.load(env, pages, new Scoped<>(parent, request));
        return listing.loaded(env, page, () -> RecordLoaders.<K, Long>load(env, counts, parent));
    }

    /** Every key's page, one call for each page request the keys share. */
    private static Map<Scoped<?>, Page<?>> byRequest(Collection<Scoped<?>> keys,
                                                     BiFunction<List<Object>, PageRequest, Map<?, ? extends Page<?>>> read) {
        Map<PageRequest, List<Object>> byRequest = new LinkedHashMap<>();
        keys.forEach(key -> byRequest.computeIfAbsent(key.request(), r -> new ArrayList<>()).add(key.criteria()));
        Map<Scoped<?>, Page<?>> pages = new LinkedHashMap<>();
        byRequest.forEach((request, parents) -> {
            Map<?, ? extends Page<?>> read1 = read.apply(parents, request);
            parents.forEach(parent -> pages.put(new Scoped<>(parent, request), read1.get(parent)));
        });
        return pages;
    }

    /**
     * The keys of the lists nested in records: criteria of several kinds of record at once, which
     * {@link BrowseRecords} pages in one call per kind among them.
     */
    @SuppressWarnings("unchecked")
    private static Collection<Criteria<Object>> listed(Collection<?> criteria) {
        return (Collection<Criteria<Object>>) criteria;
    }

    /** The keys of one kind, among keys of several. */
    private static <C> List<C> only(Collection<?> keys, Class<C> kind) {
        return keys.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
