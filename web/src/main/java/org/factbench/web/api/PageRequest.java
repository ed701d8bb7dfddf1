package org.factbench.web.api;

import org.factbench.core.shared.InvalidInputException;

/** Checked paging parameters: page from 0, size 1-100. */
record PageRequest(int page, int size) {

    static final int MAX_SIZE = 100;

    PageRequest {
        if (page < 0) throw new InvalidInputException("page", "page starts at 0.");
        if (size < 1 || size > MAX_SIZE) throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE + ".");
    }
}
