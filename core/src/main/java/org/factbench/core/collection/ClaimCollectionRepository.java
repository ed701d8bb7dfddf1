package org.factbench.core.collection;

import java.util.List;
import org.factbench.core.shared.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimCollectionRepository extends JpaRepository<ClaimCollection, Long> {

    default ClaimCollection require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Collection", id));
    }

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    List<ClaimCollection> findAllByOrderByNameAsc();
}
