package org.factbench.core.claim;

import java.util.List;
import org.factbench.core.shared.CoreMapperConfig;
import org.factbench.core.user.UserRefMapper;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = CoreMapperConfig.class, uses = UserRefMapper.class)
public interface ClaimMapper {

    @Mapping(target = "verdicts", source = "proposals")
    ClaimView toView(Claim claim);

    ClaimSummary toSummary(Claim claim);

    VerdictView toView(VerdictProposal proposal);

    List<VerdictView> toVerdictViews(List<VerdictProposal> proposals);
}
