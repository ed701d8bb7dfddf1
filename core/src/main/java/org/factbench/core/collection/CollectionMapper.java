package org.factbench.core.collection;

import java.util.List;
import org.factbench.core.shared.CoreMapperConfig;
import org.factbench.core.user.UserRefMapper;
import org.mapstruct.Mapper;

@Mapper(config = CoreMapperConfig.class, uses = UserRefMapper.class)
interface CollectionMapper {

    CollectionView toView(ClaimCollection collection);

    List<CollectionView> toViews(List<ClaimCollection> collections);
}
