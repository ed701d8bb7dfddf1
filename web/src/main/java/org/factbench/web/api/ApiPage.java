package org.factbench.web.api;

import java.util.List;
import org.factbench.core.shared.PageResult;

/** A page of a list: the items, which page of what size, and how many there are in all. */
record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <T> ApiPage<T> of(PageResult<T> result) {
        int pages = (int) ((result.total() + result.size() - 1) / result.size());
        return new ApiPage<>(result.items(), result.page(), result.size(), result.total(), pages);
    }

    static <T> ApiPage<T> of(List<T> all, int page, int size) {
        int from = Math.min(all.size(), page * size);
        int to = Math.min(all.size(), from + size);
        return new ApiPage<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
    }
}
