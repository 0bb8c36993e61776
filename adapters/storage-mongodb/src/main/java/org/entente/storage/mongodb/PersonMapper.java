package org.entente.storage.mongodb;

import org.entente.domain.person.Person;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Persons to documents and back, with the folded names queries match. */
@Mapper(config = DocumentMapping.class, imports = QueryKeys.class)
interface PersonMapper {
    PersonMapper MAPPER = Mappers.getMapper(PersonMapper.class);

    @Mapping(target = "sortKey", expression = "java(org.entente.domain.person.NameKey.fold(person.name()))")
    @Mapping(target = "nameWords", expression = "java(QueryKeys.nameWords(person))")
    PersonDocument toDocument(Person person);

    /**
     * Rebuilds the person through its constructor, which checks every invariant again. Every stored field is read
     * (an unread one fails the build); the domain's fluent methods are not properties, hence no target check.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"sortKey", "nameWords"})
    Person toPerson(PersonDocument document);
}
