package org.factbench.core.shared;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/** Shared by every mapper: Spring beans, and a build error when a field of a returned record is left unmapped. */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CoreMapperConfig {
}
