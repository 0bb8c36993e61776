package org.entente.application.service;

import org.entente.domain.common.RecordKind;
import org.entente.application.command.ElevatePartnershipCommand;
import org.entente.application.port.in.CurateRelations;
import org.entente.application.port.out.Meetings;
import org.entente.application.port.out.Relations;
import org.entente.application.port.out.Sources;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;

public final class CurateRelationsService implements CurateRelations {
    private final Relations relations;
    private final Meetings meetings;
    private final Evidencing evidencing;
    private final Chronicle chronicle;

    public CurateRelationsService(Relations relations, Meetings meetings, Sources sources, Chronicle chronicle) {
        this.chronicle = chronicle;
        this.relations = relations;
        this.meetings = meetings;
        this.evidencing = new Evidencing(sources);
    }

    @Override
    public BilateralRelation establishRelation(RelationId id, CountryPair countries) {
        return chronicle.save(relations, null, BilateralRelation.between(id, countries), "establishRelation");
    }

    @Override
    public BilateralRelation elevatePartnership(ElevatePartnershipCommand c) {
        BilateralRelation relation = Versions.expect(relations.findById(c.relation())
                .orElseThrow(() -> new NotFoundException(RecordKind.RELATION, c.relation().value())), c.expectedVersion());
        if (c.announcedAt() != null) {
            Meeting meeting = meetings.findById(c.announcedAt())
                    .orElseThrow(() -> new NotFoundException(RecordKind.MEETING, c.announcedAt().value()));
            if (!meeting.relation().equals(relation.id())) {
                throw new DomainException("MEETING_OF_ANOTHER_RELATION", "meeting " + meeting.id().value()
                        + " belongs to another relation than " + relation.id().value());
            }
        }
        return chronicle.save(relations, relation,
                relation.elevate(c.level(), c.since(), c.announcedAt(), evidencing.cite(c.evidence())), "elevatePartnership");
    }
}
