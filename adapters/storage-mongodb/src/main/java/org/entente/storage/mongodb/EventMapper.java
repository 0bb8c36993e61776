package org.entente.storage.mongodb;

import org.entente.domain.event.Event;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Events to documents and back, with the keys their listings use. */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface EventMapper {
    EventMapper MAPPER = Mappers.getMapper(EventMapper.class);

    @Mapping(target = "sortKey", expression = "java(QueryKeys.sortKey(event.startDate()))")
    @Mapping(target = "startFirst", expression = "java(QueryKeys.firstDay(event.startDate()))")
    @Mapping(target = "startLast", expression = "java(QueryKeys.lastDay(event.startDate()))")
    EventDocument toDocument(Event event);

    /**
     * Rebuilds the event through its constructor, which checks every invariant again. Every stored field is read
     * (an unread one fails the build); the domain's fluent methods are not properties, hence no target check.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"sortKey", "startFirst", "startLast"})
    Event toEvent(EventDocument document);
}
