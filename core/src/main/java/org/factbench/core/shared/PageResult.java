package org.factbench.core.shared;

import java.util.List;

/** One page of results and the total, for lazy grids. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public PageResult {
        items = List.copyOf(items);
    }
}
