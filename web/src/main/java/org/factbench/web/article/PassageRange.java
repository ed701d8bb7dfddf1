package org.factbench.web.article;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;

/** Character offsets {@code [start, end)} of a passage in an article body. */
public record PassageRange(int start, int end) {

    static final String START = "start";
    static final String END = "end";

    public PassageRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A passage needs 0 <= start < end, got " + start + ".." + end);
        }
    }

    /** The range in the URL, or empty when it is missing or not a valid range (the article still opens). */
    static Optional<PassageRange> from(QueryParameters query) {
        Optional<Integer> start = integer(query, START);
        Optional<Integer> end = integer(query, END);
        if (start.isEmpty() || end.isEmpty() || start.get() < 0 || end.get() <= start.get()) {
            return Optional.empty();
        }
        return Optional.of(new PassageRange(start.get(), end.get()));
    }

    private static Optional<Integer> integer(QueryParameters query, String name) {
        List<String> values = query.getParameters().getOrDefault(name, List.of());
        if (values.size() != 1 || !values.getFirst().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(values.getFirst()));
    }
}
