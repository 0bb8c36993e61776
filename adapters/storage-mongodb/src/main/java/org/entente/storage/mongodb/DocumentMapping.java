package org.entente.storage.mongodb;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/** What every mapper shares: the domain's values as {@link DomainValues} writes them, and no field left unmapped. */
@MapperConfig(uses = DomainValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface DocumentMapping {
}
