package org.factbench.core.report;

import java.util.List;
import org.factbench.core.claim.Claim;
import org.factbench.core.shared.CoreMapperConfig;
import org.mapstruct.Mapper;

@Mapper(config = CoreMapperConfig.class)
interface ReportMapper {

    ReportVersionSummary toSummary(ReportVersion version);

    List<ReportVersionSummary> toSummaries(List<ReportVersion> versions);

    PublishedClaim toPublished(Claim claim);
}
