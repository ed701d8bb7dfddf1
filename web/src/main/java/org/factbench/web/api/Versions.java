package org.factbench.web.api;

import org.factbench.core.shared.InvalidInputException;

/** ETags are the optimistic-lock version in quotes, strong: {@code "7"}. */
final class Versions {

    private Versions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names; refuses a missing or malformed one. */
    static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) throw new MissingIfMatchException();
        String value = ifMatch.strip();
        if (value.startsWith("W/")) value = value.substring(2);
        if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw new InvalidInputException("If-Match", "If-Match must be an ETag from this API, such as \"7\".");
        }
        try {
            return Long.parseLong(value.substring(1, value.length() - 1));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must be an ETag from this API, such as \"7\".");
        }
    }
}
