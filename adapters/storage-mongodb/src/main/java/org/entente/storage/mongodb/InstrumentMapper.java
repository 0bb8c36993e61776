package org.entente.storage.mongodb;

import org.entente.domain.instrument.Instrument;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Instruments to documents and back, with the keys their listings use. */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface InstrumentMapper {
    InstrumentMapper MAPPER = Mappers.getMapper(InstrumentMapper.class);

    @Mapping(target = "sortKey", expression = "java(QueryKeys.sortKey(instrument.signedOn()))")
    @Mapping(target = "signedFirst", expression = "java(QueryKeys.firstDay(instrument.signedOn()))")
    @Mapping(target = "signedLast", expression = "java(QueryKeys.lastDay(instrument.signedOn()))")
    InstrumentDocument toDocument(Instrument instrument);

    /**
     * Rebuilds the instrument through its constructor, which checks every invariant again. Every stored field is read
     * (an unread one fails the build); the domain's fluent methods are not properties, hence no target check.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"sortKey", "signedFirst", "signedLast"})
    Instrument toInstrument(InstrumentDocument document);
}
