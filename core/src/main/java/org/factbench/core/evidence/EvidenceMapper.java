package org.factbench.core.evidence;

import java.util.List;
import org.factbench.core.shared.CoreMapperConfig;
import org.factbench.core.user.UserRefMapper;
import org.mapstruct.Mapper;

@Mapper(config = CoreMapperConfig.class, uses = UserRefMapper.class)
interface EvidenceMapper {

    EvidenceView toView(EvidenceLink link);

    List<EvidenceView> toViews(List<EvidenceLink> links);
}
