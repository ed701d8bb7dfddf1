package org.factbench.web.claim.board;

import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimSort;
import org.factbench.core.claim.ClaimSummary;
import org.factbench.core.shared.PageResult;

/** One board's reads: the grid's pages, its count, and the CSV of the same filter and sort. */
final class BoardQueries {

    static final int CSV_LIMIT = 10_000;
    private static final int CSV_PAGE = 200;

    private final ClaimService claims;
    private final Map<Long, String> collectionNames;
    private final Messages texts;
    private ClaimSort lastSort = ClaimSort.newestChange();

    /** Header texts for the CSV, from the board's bundle. */
    interface Messages {
        String text(String key);
    }

    BoardQueries(ClaimService claims, Map<Long, String> collectionNames, Messages texts) {
        this.claims = claims;
        this.collectionNames = collectionNames;
        this.texts = texts;
    }

    Stream<ClaimSummary> page(Query<ClaimSummary, Void> query, ClaimFilter filter) {
        lastSort = ClaimGrid.sortOf(query.getSortOrders());
        // Grid asks with offsets that are multiples of its page size; core pages by number.
        return claims.search(filter, lastSort, query.getPage(), query.getPageSize()).items().stream();
    }

    int count(ClaimFilter filter) {
        return (int) Math.min(Integer.MAX_VALUE, claims.search(filter, lastSort, 0, 1).total());
    }

    ClaimSort lastSort() {
        return lastSort;
    }

    String csv(ClaimFilter filter) {
        List<ClaimSummary> rows = new ArrayList<>();
        for (int page = 0; rows.size() < CSV_LIMIT; page++) {
            PageResult<ClaimSummary> result = claims.search(filter, lastSort, page, CSV_PAGE);
            rows.addAll(result.items());
            if (result.items().size() < CSV_PAGE) break;
        }
        List<String> header = Stream.of("id", "statement", "claimant", "language", "status", "assignee", "collection",
                "updated").map(key -> texts.text("board.csv." + key)).toList();
        return BoardCsv.write(header, rows, c -> java.util.Arrays.asList(Long.toString(c.id()), c.statement(), c.claimant(),
                c.language(), c.status().name(), c.assignee() == null ? null : c.assignee().username(),
                c.collectionId() == null ? null : collectionNames.get(c.collectionId()), c.updatedAt().toString()));
    }
}
