package org.entente.storage.mongodb;

import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.organization.Organization;
import org.entente.domain.person.Person;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.source.Source;
import org.entente.domain.visit.Visit;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Rebuilds every record kind through its constructor, which checks every invariant again. Every stored field is read
 * (an unread one fails the build) except the query keys {@link RecordsToDocuments} derives, named per kind; the
 * domain's fluent methods are not properties, hence no target check.
 */
@Mapper(config = DocumentMapping.class, unmappedTargetPolicy = ReportingPolicy.IGNORE,
        unmappedSourcePolicy = ReportingPolicy.ERROR)
interface DocumentsToRecords {
    DocumentsToRecords MAPPER = Mappers.getMapper(DocumentsToRecords.class);

    DialogueMechanism toMechanism(MechanismDocument document);

    Organization toOrganization(OrganizationDocument document);

    Source toSource(SourceDocument document);

    Visit toVisit(VisitDocument document);

    @BeanMapping(ignoreUnmappedSourceProperties = {"sortKey", "startFirst", "startLast"})
    Event toEvent(EventDocument document);

    @BeanMapping(ignoreUnmappedSourceProperties = {"sortKey", "signedFirst", "signedLast"})
    Instrument toInstrument(InstrumentDocument document);

    @BeanMapping(ignoreUnmappedSourceProperties = {"sortKey", "persons"})
    Invitation toInvitation(InvitationDocument document);

    @BeanMapping(ignoreUnmappedSourceProperties = {"sortKey", "spanStart", "spanEnd", "areaKeys", "committed",
            "commitmentCount", "sessionKey"})
    Meeting toMeeting(MeetingDocument document);

    @BeanMapping(ignoreUnmappedSourceProperties = {"sortKey", "nameWords"})
    Person toPerson(PersonDocument document);

    @BeanMapping(ignoreUnmappedSourceProperties = {"countryPair"})
    BilateralRelation toRelation(RelationDocument document);
}
