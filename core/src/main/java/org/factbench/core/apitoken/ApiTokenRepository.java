package org.factbench.core.apitoken;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @Query("select t from ApiToken t join fetch t.owner where t.hash = :hash")
    Optional<ApiToken> findByHash(String hash);

    @Query("select t from ApiToken t join fetch t.owner o where o.username = :username order by t.createdAt desc, t.id desc")
    List<ApiToken> findByOwner(String username);
}
