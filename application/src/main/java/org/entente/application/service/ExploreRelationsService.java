package org.entente.application.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.entente.application.criteria.EventCriteria;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.CommitmentAt;
import org.entente.application.port.in.ExploreRelations;
import org.entente.application.port.in.TimelineEntry;
import org.entente.application.port.in.TimelineWindow;
import org.entente.application.port.out.Events;
import org.entente.application.port.out.Instruments;
import org.entente.application.port.out.Meetings;
import org.entente.application.port.out.Relations;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;

/**
 * A relation's timeline and commitments, paged without reading what the page does not show. A timeline page merges
 * the relation's levels (held on the relation itself) with one page of each of its meetings, instruments and events,
 * each read for every relation asked at once; a page of commitments comes from a page of the meetings that hold any.
 */
public final class ExploreRelationsService implements ExploreRelations {
    /** The earliest date there is: a range from it leaves out the instruments and events that have no date. */
    private static final PartialDate DATED = PartialDate.ofYear(1);
    private static final int MEETINGS = 1;
    private static final int INSTRUMENTS = 2;
    private static final int EVENTS = 3;

    private final Relations relations;
    private final Meetings meetings;
    private final Instruments instruments;
    private final Events events;

    public ExploreRelationsService(Relations relations, Meetings meetings, Instruments instruments, Events events) {
        this.relations = relations;
        this.meetings = meetings;
        this.instruments = instruments;
        this.events = events;
    }

    @Override
    public Optional<BilateralRelation> relationBetween(CountryPair countries) {
        return relations.findByCountries(countries);
    }

    @Override
    public Map<TimelineWindow, Page<TimelineEntry>> timelines(Collection<TimelineWindow> windows, PageRequest request) {
        Map<TimelineWindow, Page<TimelineEntry>> timelines = new LinkedHashMap<>();
        if (windows.isEmpty()) {
            return timelines;
        }
        Map<RelationId, BilateralRelation> stored = relations.findAllById(relationsOf(windows));
        Map<MeetingCriteria, Page<Meeting>> meetingPages = meetings.pages(
                windows.stream().map(ExploreRelationsService::meetingsIn).toList(), within(request, MEETINGS));
        var instrumentPages = instruments.pages(
                windows.stream().map(ExploreRelationsService::instrumentsIn).toList(), within(request, INSTRUMENTS));
        var eventPages = events.pages(windows.stream().map(ExploreRelationsService::eventsIn).toList(),
                within(request, EVENTS));
        for (TimelineWindow window : windows) {
            List<Page<? extends TimelineEntry>> pages = List.of(
                    meetingPages.get(meetingsIn(window)).map(TimelineEntry.MeetingHeld::new),
                    instrumentPages.get(instrumentsIn(window)).map(TimelineEntry.InstrumentConcluded::new),
                    eventPages.get(eventsIn(window)).map(TimelineEntry.EventScheduled::new));
            List<TimelineEntry> candidates = new ArrayList<>(levelsIn(stored.get(window.relation()), window).stream()
                    .filter(level -> request.admits(TimelineEntry.keyOf(level))).toList());
            pages.forEach(page -> candidates.addAll(page.items()));
            timelines.put(window, merge(candidates, pages.stream().anyMatch(page -> leftMore(page, request)),
                    TimelineEntry::keyOf, request));
        }
        return timelines;
    }

    @Override
    public Map<TimelineWindow, Long> timelineCounts(Collection<TimelineWindow> windows) {
        Map<TimelineWindow, Long> counts = new LinkedHashMap<>();
        if (windows.isEmpty()) {
            return counts;
        }
        Map<RelationId, BilateralRelation> stored = relations.findAllById(relationsOf(windows));
        Map<MeetingCriteria, Long> meetingCounts = meetings.counts(
                windows.stream().map(ExploreRelationsService::meetingsIn).toList());
        Map<InstrumentCriteria, Long> instrumentCounts = instruments.counts(
                windows.stream().map(ExploreRelationsService::instrumentsIn).toList());
        Map<EventCriteria, Long> eventCounts = events.counts(
                windows.stream().map(ExploreRelationsService::eventsIn).toList());
        for (TimelineWindow window : windows) {
            counts.put(window, levelsIn(stored.get(window.relation()), window).size()
                    + meetingCounts.get(meetingsIn(window)) + instrumentCounts.get(instrumentsIn(window))
                    + eventCounts.get(eventsIn(window)));
        }
        return counts;
    }

    @Override
    public Map<RelationId, Page<CommitmentAt>> commitments(Collection<RelationId> relationIds, PageRequest request) {
        Map<RelationId, Page<CommitmentAt>> commitments = new LinkedHashMap<>();
        if (relationIds.isEmpty()) {
            return commitments;
        }
        // the meetings the cursors point into may hold commitments on either side of them: they are read whole
        Set<MeetingId> onCursors = new LinkedHashSet<>();
        for (Keyset cursor : new Keyset[] {request.after(), request.before()}) {
            if (cursor != null) {
                onCursors.add(new MeetingId(meetingOf(cursor).id()));
            }
        }
        Map<MeetingId, Meeting> cursorMeetings = onCursors.isEmpty() ? Map.of() : meetings.findAllById(onCursors);
        PageRequest meetingRequest = new PageRequest(request.size(),
                request.after() == null ? null : meetingOf(request.after()),
                request.before() == null ? null : meetingOf(request.before()), request.fromEnd());
        Map<MeetingCriteria, Page<Meeting>> pages = meetings.pages(
                relationIds.stream().map(MeetingCriteria::committedIn).toList(), meetingRequest);
        for (RelationId relation : relationIds) {
            List<CommitmentAt> candidates = new ArrayList<>();
            cursorMeetings.values().stream().filter(m -> m.relation().equals(relation))
                    .forEach(m -> candidates.addAll(CommitmentAt.of(m)));
            Page<Meeting> page = pages.get(MeetingCriteria.committedIn(relation));
            page.items().forEach(m -> candidates.addAll(CommitmentAt.of(m)));
            List<CommitmentAt> admitted = candidates.stream()
                    .filter(c -> request.admits(CommitmentAt.keyOf(c))).toList();
            commitments.put(relation, merge(admitted, leftMore(page, request), CommitmentAt::keyOf, request));
        }
        return commitments;
    }

    @Override
    public Map<RelationId, Long> commitmentCounts(Collection<RelationId> relationIds) {
        Map<RelationId, Long> counts = new LinkedHashMap<>();
        Map<MeetingCriteria, Long> sums = meetings.commitmentCounts(
                relationIds.stream().map(MeetingCriteria::committedIn).toList());
        relationIds.forEach(relation -> counts.put(relation, sums.get(MeetingCriteria.committedIn(relation))));
        return counts;
    }

    /**
     * The page {@code request} asks for out of {@code candidates}: everything in range from sources read whole, and
     * the first (or last) {@code size} in range of each source read a page at a time, among which the true first (or
     * last) {@code size} are. More follow where more candidates were left over, or {@code beyond} a page.
     */
    private static <T> Page<T> merge(List<T> candidates, boolean beyond, Function<T, Keyset> keyOf,
                                     PageRequest request) {
        List<T> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(keyOf));
        int size = request.size();
        boolean more = beyond || sorted.size() > size;
        if (!request.fromEnd()) {
            return new Page<>(sorted.subList(0, Math.min(size, sorted.size())), more, request.after() != null);
        }
        return new Page<>(sorted.subList(Math.max(0, sorted.size() - size), sorted.size()), request.before() != null,
                more);
    }

    /** Whether a page read in the request's direction left items of its list beyond it. */
    private static boolean leftMore(Page<?> page, PageRequest request) {
        return request.fromEnd() ? page.hasPrevious() : page.hasNext();
    }

    private static List<RelationId> relationsOf(Collection<TimelineWindow> windows) {
        return windows.stream().map(TimelineWindow::relation).distinct().toList();
    }

    private static List<TimelineEntry> levelsIn(BilateralRelation relation, TimelineWindow window) {
        if (relation == null) {
            return List.of();
        }
        return relation.levels().stream().filter(level -> window.admits(level.since()))
                .<TimelineEntry>map(TimelineEntry.LevelChange::new).toList();
    }

    private static MeetingCriteria meetingsIn(TimelineWindow w) {
        return new MeetingCriteria(w.relation(), w.from(), w.to(), null, null, null, null, null);
    }

    private static InstrumentCriteria instrumentsIn(TimelineWindow w) {
        return new InstrumentCriteria(w.relation(), null, w.from() == null ? DATED : w.from(), w.to(), null);
    }

    private static EventCriteria eventsIn(TimelineWindow w) {
        return new EventCriteria(w.relation(), null, null, w.from() == null ? DATED : w.from(), w.to());
    }

    /**
     * A timeline's page request as a request of one of the lists it merges: the list's own keys are its date and id,
     * the timeline's its date and its rank among the entries of one date (levels, meetings, instruments, events)
     * with the id; a bound on another rank's entry falls before or after every entry of the list on that date.
     */
    private static PageRequest within(PageRequest request, int rank) {
        return new PageRequest(request.size(), request.after() == null ? null : bound(request.after(), rank, true),
                request.before() == null ? null : bound(request.before(), rank, false), request.fromEnd());
    }

    private static Keyset bound(Keyset timeline, int rank, boolean lower) {
        String tieBreak = timeline.id();
        int colon = tieBreak.indexOf(':');
        int cursorRank = colon < 0 ? 0 : Integer.parseInt(tieBreak.substring(0, colon));
        String date = timeline.sortKey();
        if (cursorRank == rank) {
            return new Keyset(date, tieBreak.substring(colon + 1));
        }
        // (date, "") lies before every entry of that date, (date + "\0", "") after every one of them
        boolean admitted = lower ? cursorRank < rank : cursorRank > rank;
        return lower == admitted ? new Keyset(date, "") : new Keyset(date + "\0", "");
    }

    /** The meeting a commitment's keyset points into, as a keyset of the meetings' own order. */
    private static Keyset meetingOf(Keyset commitment) {
        String id = commitment.id();
        int hash = id.lastIndexOf('#');
        return new Keyset(commitment.sortKey(), hash < 0 ? id : id.substring(0, hash));
    }
}
