package org.factbench.core.audit;

import java.util.List;
import org.factbench.core.shared.CoreMapperConfig;
import org.mapstruct.Mapper;

@Mapper(config = CoreMapperConfig.class)
interface ActivityMapper {

    ActivityView toView(ActivityEntry entry);

    List<ActivityView> toViews(List<ActivityEntry> entries);
}
