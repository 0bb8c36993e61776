package org.entente.domain.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.Reference;
import org.entente.domain.source.Citation;
import org.entente.domain.common.InRelation;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.source.Evidence;

/**
 * The relation between two countries and the history of its partnership level: periods oldest first,
 * each starting no earlier than the one before ends, none overlapping.
 */
public record BilateralRelation(RelationId id, CountryPair countries, List<PartnershipLevel> levels, long version)
        implements Aggregate<RelationId, BilateralRelation>, InRelation {

    public BilateralRelation {
        Require.present(id, "relation id");
        Require.present(countries, "relation countries");
        levels = Require.list(levels, "relation levels");
        for (int i = 1; i < levels.size(); i++) {
            PartnershipLevel before = levels.get(i - 1);
            PartnershipLevel after = levels.get(i);
            if (before.until() == null || after.since().isBefore(before.until())) {
                throw new DomainException("LEVEL_PERIODS_OVERLAP", "level '" + after.name() + "' since " + after.since()
                        + " overlaps level '" + before.name() + "' since " + before.since()
                        + (before.until() == null ? " (still in force)" : " until " + before.until())
                        + "; periods must be oldest first and must not overlap");
            }
        }
        Require.version(version);
    }

    /** A relation just established between two countries, with no level recorded yet. */
    public static BilateralRelation between(RelationId id, CountryPair countries) {
        return new BilateralRelation(id, countries, List.of(), 0);
    }

    /**
     * The relation elevated to {@code level} from {@code since}, by a decision announced at a meeting;
     * the level in force until then ends on that date.
     */
    public BilateralRelation elevate(String level, PartialDate since, MeetingId announcedAt, List<Evidence> evidence) {
        List<PartnershipLevel> next = new ArrayList<>(levels);
        if (!next.isEmpty()) {
            PartnershipLevel current = next.get(next.size() - 1);
            if (current.until() != null) {
                if (since.isBefore(current.until())) {
                    throw new DomainException("LEVEL_PERIODS_OVERLAP", "elevation on " + since
                            + " falls before the last level ended (" + current.until() + ")");
                }
            } else {
                if (!current.since().isBefore(since)) {
                    throw new DomainException("LEVEL_PERIODS_OVERLAP", "elevation on " + since
                            + " is not after the current level '" + current.name() + "' began (" + current.since() + ")");
                }
                next.set(next.size() - 1, current.endingOn(since));
            }
        }
        next.add(new PartnershipLevel(level, since, null, announcedAt, evidence));
        return new BilateralRelation(id, countries, next, version);
    }

    /** The level in force on {@code date}, if one was recorded for it. */
    public Optional<PartnershipLevel> levelAt(PartialDate date) {
        return levels.stream().filter(l -> l.inForceOn(date)).reduce((a, b) -> b);
    }

    /** The level in force now: the last one, unless it has ended. */
    public Optional<PartnershipLevel> currentLevel() {
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        PartnershipLevel last = levels.get(levels.size() - 1);
        return last.until() == null ? Optional.of(last) : Optional.empty();
    }

    /** A relation belongs to itself. */
    @Override
    public RelationId relation() {
        return id;
    }

    @Override
    public List<Citation> citations() {
        return Citation.ofEach("levels", levels, PartnershipLevel::evidence);
    }

    @Override
    public List<Reference> references() {
        return Reference.toEach("levels", "announcedAt", RecordKind.MEETING, levels, PartnershipLevel::announcedAt);
    }

    @Override
    public BilateralRelation withVersion(long version) {
        return new BilateralRelation(id, countries, levels, version);
    }
}
