package org.entente.storage.mongodb;

import org.entente.domain.invitation.Invitation;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Invitations to documents and back, with the keys their listings use. */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface InvitationMapper {
    InvitationMapper MAPPER = Mappers.getMapper(InvitationMapper.class);

    @Mapping(target = "sortKey", expression = "java(QueryKeys.sortKey(invitation.extendedOn()))")
    @Mapping(target = "persons",
            expression = "java(java.util.List.of(invitation.inviter().value(), invitation.invitee().value()))")
    InvitationDocument toDocument(Invitation invitation);

    /**
     * Rebuilds the invitation through its constructor, which checks every invariant again. Every stored field is read
     * (an unread one fails the build); the domain's fluent methods are not properties, hence no target check.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"sortKey", "persons"})
    Invitation toInvitation(InvitationDocument document);
}
