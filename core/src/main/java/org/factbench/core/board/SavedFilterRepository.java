package org.factbench.core.board;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

    List<SavedFilter> findByOwnerIdOrderByNameAsc(long ownerId);

    Optional<SavedFilter> findByOwnerIdAndName(long ownerId, String name);
}
