package org.factbench.core.notification;

import java.util.List;
import org.factbench.core.shared.CoreMapperConfig;
import org.factbench.core.user.UserRefMapper;
import org.mapstruct.Mapper;

@Mapper(config = CoreMapperConfig.class, uses = UserRefMapper.class)
interface NotificationMapper {

    NotificationView toView(Notification notification);

    List<NotificationView> toViews(List<Notification> notifications);
}
