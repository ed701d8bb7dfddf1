package org.factbench.core.claim;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns board filters into a query; only the filters that are set become conditions. */
final class ClaimSpecifications {

    private ClaimSpecifications() {
    }

    static Specification<Claim> matching(ClaimFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) where.add(cb.equal(root.get("status"), filter.status()));
            if (filter.collectionId() != null) where.add(cb.equal(root.get("collectionId"), filter.collectionId()));
            if (filter.assignee() != null) where.add(cb.equal(root.join("assignee").get("username"), filter.assignee()));
            if (filter.tag() != null) where.add(cb.isMember(filter.tag(), root.get("tags")));
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("statement")), like, '\\'),
                        cb.like(cb.lower(root.get("claimant")), like, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
