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
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Every record kind to its document, with the keys its listings and unique indexes use; every document field is
 * written (an unwritten one fails the build). {@link DocumentsToRecords} reads them back.
 */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface RecordsToDocuments {
    RecordsToDocuments MAPPER = Mappers.getMapper(RecordsToDocuments.class);

    MechanismDocument toDocument(DialogueMechanism mechanism);

    OrganizationDocument toDocument(Organization organization);

    SourceDocument toDocument(Source source);

    VisitDocument toDocument(Visit visit);

    @Mapping(target = "sortKey", expression = "java(QueryKeys.sortKey(event.startDate()))")
    @Mapping(target = "startFirst", expression = "java(QueryKeys.firstDay(event.startDate()))")
    @Mapping(target = "startLast", expression = "java(QueryKeys.lastDay(event.startDate()))")
    EventDocument toDocument(Event event);

    @Mapping(target = "sortKey", expression = "java(QueryKeys.sortKey(instrument.signedOn()))")
    @Mapping(target = "signedFirst", expression = "java(QueryKeys.firstDay(instrument.signedOn()))")
    @Mapping(target = "signedLast", expression = "java(QueryKeys.lastDay(instrument.signedOn()))")
    InstrumentDocument toDocument(Instrument instrument);

    @Mapping(target = "sortKey", expression = "java(QueryKeys.sortKey(invitation.extendedOn()))")
    @Mapping(target = "persons",
            expression = "java(java.util.List.of(invitation.inviter().value(), invitation.invitee().value()))")
    InvitationDocument toDocument(Invitation invitation);

    @Mapping(target = "sortKey", expression = "java(QueryKeys.sortKey(meeting.startDate()))")
    @Mapping(target = "spanStart", expression = "java(QueryKeys.firstDay(meeting.startDate()))")
    @Mapping(target = "spanEnd", expression = "java(QueryKeys.lastDay(meeting.lastDate()))")
    @Mapping(target = "areaKeys", expression = "java(QueryKeys.folded(meeting.areas()))")
    @Mapping(target = "committed", expression = "java(!meeting.commitments().isEmpty())")
    @Mapping(target = "commitmentCount", expression = "java(meeting.commitments().size())")
    @Mapping(target = "sessionKey", expression = "java(meeting.session() == null ? null : meeting.session().key())")
    MeetingDocument toDocument(Meeting meeting);

    @Mapping(target = "sortKey", expression = "java(org.entente.domain.person.NameKey.fold(person.name()))")
    @Mapping(target = "nameWords", expression = "java(QueryKeys.nameWords(person))")
    PersonDocument toDocument(Person person);

    @Mapping(target = "countryPair", expression = "java(relation.countries().key())")
    RelationDocument toDocument(BilateralRelation relation);
}
