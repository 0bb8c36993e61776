package org.entente.storage.mongodb;

import org.entente.domain.mechanism.DialogueMechanism;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Dialogue mechanisms to documents and back. */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface MechanismMapper {
    MechanismMapper MAPPER = Mappers.getMapper(MechanismMapper.class);

    MechanismDocument toDocument(DialogueMechanism mechanism);

    /**
     * Rebuilds the mechanism through its constructor, which checks every invariant again. Every stored field is read
     * (an unread one fails the build); the domain's fluent methods are not properties, hence no target check.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    DialogueMechanism toMechanism(MechanismDocument document);
}
