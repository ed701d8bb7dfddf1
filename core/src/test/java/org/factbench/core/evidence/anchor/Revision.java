package org.factbench.core.evidence.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of non-overlapping replacements on a body, and where old offsets land in the result: the ground truth of
 * a generated edit.
 */
final class Revision {

    private record Replacement(int start, int end, String text) {

        int delta() {
            return text.length() - (end - start);
        }
    }

    private final String body;
    private final List<Replacement> replacements = new ArrayList<>();

    Revision(String body) {
        this.body = body;
    }

    Revision replace(int start, int end, String text) {
        if (start < 0 || end > body.length() || start > end) {
            throw new IllegalArgumentException("bad replacement [" + start + ", " + end + ")");
        }
        for (Replacement other : replacements) {
            boolean overlapping = start < other.end && other.start < end;
            boolean samePoint = start == end && other.start == other.end && start == other.start;
            if (overlapping || samePoint) {
                throw new IllegalArgumentException("replacements overlap at " + start);
            }
        }
        replacements.add(new Replacement(start, end, text));
        return this;
    }

    Revision insert(int position, String text) {
        return replace(position, position, text);
    }

    Revision delete(int start, int end) {
        return replace(start, end, "");
    }

    boolean touches(int from, int to) {
        return replacements.stream().anyMatch(r -> r.start < to && from < r.end || (r.start == r.end && from < r.start && r.start < to));
    }

    String apply() {
        List<Replacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(Replacement::start));
        StringBuilder out = new StringBuilder(body.length() + 256);
        int at = 0;
        for (Replacement replacement : sorted) {
            out.append(body, at, replacement.start).append(replacement.text);
            at = replacement.end;
        }
        return out.append(body, at, body.length()).toString();
    }

    /** Where old offset {@code position}, as the start of a span, lands: insertions at it push it right. */
    int mapStart(int position) {
        int shifted = position;
        for (Replacement r : replacements) {
            if (r.end <= position) {
                shifted += r.delta();
            }
        }
        return shifted;
    }

    /** Where old offset {@code position}, as the end of a span, lands: insertions at it stay outside the span. */
    int mapEnd(int position) {
        int shifted = position;
        for (Replacement r : replacements) {
            if (r.end <= position && r.start < position) {
                shifted += r.delta();
            }
        }
        return shifted;
    }
}
