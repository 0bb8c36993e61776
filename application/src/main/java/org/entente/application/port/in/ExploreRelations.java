package org.entente.application.port.in;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;

/**
 * Reads bilateral relations and what happened in them. Each list is paged for many relations at once, in a number
 * of round trips fixed by the list's kind, reading at most a page and one more of each thing it merges.
 */
public interface ExploreRelations {
    /** The relation between two countries, in either order. */
    Optional<BilateralRelation> relationBetween(CountryPair countries);

    /**
     * The page {@code request} asks for of each window's timeline: the dated happenings of its relation between its
     * dates, in {@link TimelineEntry#keyOf} order: level changes, meetings, instruments and events (undated
     * instruments and events are left out). A relation not stored has an empty timeline.
     */
    Map<TimelineWindow, Page<TimelineEntry>> timelines(Collection<TimelineWindow> windows, PageRequest request);

    /** How many entries each window's timeline holds. */
    Map<TimelineWindow, Long> timelineCounts(Collection<TimelineWindow> windows);

    /** The page {@code request} asks for of the commitments made at each relation's meetings, in {@link CommitmentAt#keyOf} order. */
    Map<RelationId, Page<CommitmentAt>> commitments(Collection<RelationId> relations, PageRequest request);

    /** How many commitments each relation's meetings hold. */
    Map<RelationId, Long> commitmentCounts(Collection<RelationId> relations);
}
