package org.factbench.core.collection;

import java.time.Instant;
import org.factbench.core.user.UserRef;

public record CollectionView(long id, String name, String description, UserRef createdBy, Instant createdAt, long version) {
}
