package org.entente.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.entente.application.criteria.EventCriteria;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.ExploreRelations;
import org.entente.application.port.in.TimelineEntry;
import org.entente.application.port.out.Events;
import org.entente.application.port.out.Instruments;
import org.entente.application.port.out.Meetings;
import org.entente.application.port.out.Relations;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;

public final class ExploreRelationsService implements ExploreRelations {
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
    public List<TimelineEntry> timeline(RelationId relationId, PartialDate from, PartialDate to) {
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw new DomainException("DATE_RANGE_INVALID", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        BilateralRelation relation = relations.findById(relationId)
                .orElseThrow(() -> new org.entente.domain.common.NotFoundException("relation", relationId.value()));
        List<TimelineEntry> entries = new ArrayList<>();
        relation.levels().stream()
                .filter(l -> within(l.since(), from, to))
                .forEach(l -> entries.add(new TimelineEntry.LevelChange(l)));
        MeetingCriteria meetingCriteria = new MeetingCriteria(relationId, from, to, null, null, null, null, null);
        all(meetings::page, meetingCriteria, MeetingCriteria::keyOf)
                .forEach(m -> entries.add(new TimelineEntry.MeetingHeld(m)));
        InstrumentCriteria instrumentCriteria = new InstrumentCriteria(relationId, null, from, to, null);
        all(instruments::page, instrumentCriteria, InstrumentCriteria::keyOf).stream()
                .filter(i -> i.signedOn() != null)
                .forEach(i -> entries.add(new TimelineEntry.InstrumentConcluded(i)));
        EventCriteria eventCriteria = new EventCriteria(relationId, null, null, from, to);
        all(events::page, eventCriteria, EventCriteria::keyOf).stream()
                .filter(e -> e.startDate() != null)
                .forEach(e -> entries.add(new TimelineEntry.EventScheduled(e)));
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::tieBreak));
        return entries;
    }

    private static boolean within(PartialDate date, PartialDate from, PartialDate to) {
        return (from == null || !date.last().isBefore(from.first())) && (to == null || !date.first().isAfter(to.last()));
    }

    /** Every item matching, read page by page. */
    private static <C, T> List<T> all(BiFunction<C, PageRequest, Page<T>> pages, C criteria, Function<T, Keyset> keyOf) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<T> page = pages.apply(criteria, request);
            all.addAll(page.items());
            if (!page.hasNext() || page.items().isEmpty()) {
                return all;
            }
            request = PageRequest.firstAfter(PageRequest.MAX_SIZE, keyOf.apply(page.items().get(page.items().size() - 1)));
        }
    }
}
