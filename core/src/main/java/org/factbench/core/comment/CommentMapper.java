package org.factbench.core.comment;

import java.util.List;
import org.factbench.core.shared.CoreMapperConfig;
import org.factbench.core.user.UserRefMapper;
import org.mapstruct.Mapper;

@Mapper(config = CoreMapperConfig.class, uses = UserRefMapper.class)
interface CommentMapper {

    CommentView toView(Comment comment);

    List<CommentView> toViews(List<Comment> comments);
}
