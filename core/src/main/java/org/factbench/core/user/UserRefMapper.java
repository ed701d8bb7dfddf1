package org.factbench.core.user;

import org.factbench.core.shared.CoreMapperConfig;
import org.mapstruct.Mapper;

/** Used by the other features' mappers for authors, assignees, proposers and approvers. */
@Mapper(config = CoreMapperConfig.class)
public interface UserRefMapper {

    UserRef toRef(UserAccount account);
}
