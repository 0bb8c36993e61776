package org.entente.storage.mongodb;

import org.entente.domain.meeting.Meeting;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Meetings to documents and back, with the keys their listings and the unique session index use. */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface MeetingMapper {
    MeetingMapper MAPPER = Mappers.getMapper(MeetingMapper.class);

    @Mapping(target = "sortKey", expression = "java(QueryKeys.sortKey(meeting.startDate()))")
    @Mapping(target = "spanStart", expression = "java(QueryKeys.firstDay(meeting.startDate()))")
    @Mapping(target = "spanEnd", expression = "java(QueryKeys.lastDay(meeting.lastDate()))")
    @Mapping(target = "areaKeys", expression = "java(QueryKeys.folded(meeting.areas()))")
    @Mapping(target = "committed", expression = "java(!meeting.commitments().isEmpty())")
    @Mapping(target = "commitmentCount", expression = "java(meeting.commitments().size())")
    @Mapping(target = "sessionKey", expression = "java(meeting.session() == null ? null : meeting.session().key())")
    MeetingDocument toDocument(Meeting meeting);

    /**
     * Rebuilds the meeting through its constructor, which checks every invariant again. Every stored field is read
     * (an unread one fails the build); the domain's fluent methods are not properties, hence no target check.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"sortKey", "spanStart", "spanEnd", "areaKeys", "committed",
                    "commitmentCount", "sessionKey"})
    Meeting toMeeting(MeetingDocument document);
}
