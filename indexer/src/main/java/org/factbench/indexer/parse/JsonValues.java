package org.factbench.indexer.parse;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/** Reading loosely typed JSON from sources (JSON Lines, sidecars, JSON-LD, JSON Feed) without surprises. */
public final class JsonValues {

    private JsonValues() {
    }

    /** A mapper that refuses single strings longer than {@code maxStringBytes} instead of buffering them. */
    public static JsonMapper mapper(long maxStringBytes) {
        return mapperBuilder(maxStringBytes).build();
    }

    /**
     * The same for reading one value after another from a single parser (a JSON array element by element),
     * where what follows a value is the next value, not an error.
     */
    public static JsonMapper streamingMapper(long maxStringBytes) {
        return mapperBuilder(maxStringBytes).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    private static JsonMapper.Builder mapperBuilder(long maxStringBytes) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxStringBytes))
                        .build())
                .build();
        return JsonMapper.builder(factory);
    }

    /** @return the node as text if it is a string, number or boolean; null otherwise (missing, null, object, array) */
    public static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
            return null;
        }
        return node.isString() ? node.stringValue() : node.asString();
    }

    /**
     * Names from a string, an object with a "name", or an array of either: the shapes authors and
     * publishers take in JSON Lines exports, JSON-LD and JSON Feed.
     */
    public static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return names;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                names.addAll(names(element));
            }
        } else if (node.isObject()) {
            String name = text(node.get("name"));
            if (name != null) {
                names.add(name);
            }
        } else {
            String value = text(node);
            if (value != null) {
                names.add(value);
            }
        }
        return names;
    }

    /** Jackson's message without its source excerpt, plus where, e.g. "Unexpected character ... (line 2, column 7)". */
    public static String describe(JacksonException e) {
        return describe(e, true);
    }

    /** @param withLine false for input that is one line anyway (JSON Lines), where only the column helps */
    public static String describe(JacksonException e, boolean withLine) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").strip();
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        var location = e.getLocation();
        if (location != null && location.getColumnNr() > 0) {
            message += withLine
                    ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
                    : " (column " + location.getColumnNr() + ")";
        }
        return message;
    }
}
