package org.factbench.indexer.parse.jsonl;

import org.factbench.indexer.normalize.Bylines;
import org.factbench.indexer.normalize.CandidateScan;
import org.factbench.indexer.normalize.Dates;
import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.parse.JsonValues;
import org.factbench.indexer.parse.html.HtmlText;
import org.factbench.indexer.parse.jsonl.FieldMapping.Field;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** One JSON object to one article draft, through a {@link FieldMapping}. */
final class JsonRecordMapper {

    /** Exports often carry the page's HTML as the body; lower-case tags tell it from newswire's "<COMPANY NAME>". */
    static final Pattern HTML_MARKUP = Pattern.compile("</(p|div|span|a|h[1-6]|li|em|strong|b|i|blockquote)>|<br\\s*/?>|<p[\\s>]");

    private final FieldMapping mapping;

    JsonRecordMapper(FieldMapping mapping) {
        this.mapping = mapping;
    }

    /** @throws RecordProblem when the record has no usable body; the message says which fields were looked at */
    ParsedArticle toDraft(JsonNode record, String source) throws RecordProblem {
        Lookup lookup = new Lookup(record);
        JsonNode bodyNode = lookup.find(Field.BODY);
        if (bodyNode != null && (bodyNode.isNumber() || bodyNode.isBoolean())) {
            // JsonValues.text would turn 12345 into "12345", and a number would be stored as an article's text.
            throw new RecordProblem("the body is a " + (bodyNode.isNumber() ? "number" : "boolean") + " ("
                    + abbreviate(bodyNode.asString()) + "), not text; map the body field if the text is in another field");
        }
        String body = body(bodyNode);
        if (body == null || body.isBlank()) {
            throw new RecordProblem("no body: " + describeMissing(Field.BODY));
        }
        if (body.codePoints().noneMatch(Character::isLetter)) {
            throw new RecordProblem("the body '" + abbreviate(body.strip())
                    + "' holds no words (no letters at all); an article needs text");
        }
        ParsedArticle.Builder draft = ParsedArticle.builder(source).body(body);
        draft.title(JsonValues.text(lookup.find(Field.TITLE)));
        draft.url(JsonValues.text(lookup.find(Field.URL)));
        draft.language(JsonValues.text(lookup.find(Field.LANGUAGE)));
        List<String> outlets = JsonValues.names(lookup.find(Field.OUTLET));
        draft.outlet(outlets.isEmpty() ? null : outlets.getFirst());
        List<String> authors = new ArrayList<>();
        for (String byline : JsonValues.names(lookup.find(Field.AUTHOR))) {
            authors.addAll(Bylines.split(byline));
        }
        draft.authors(authors);
        JsonNode date = lookup.find(Field.DATE);
        if (date != null && date.isNumber()) {
            draft.published(Dates.fromEpoch(date.asLong()));
        } else {
            draft.published(JsonValues.text(date));
        }
        return draft.build();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private String describeMissing(Field field) {
        List<String> names = mapping.candidates(field);
        return mapping.isMapped(field)
                ? "field '" + names.getFirst() + "' is missing or empty"
                : "none of the fields " + String.join(", ", names) + " holds text (map the body field if it has another name)";
    }

    private static String body(JsonNode node) {
        if (node == null) {
            return null;
        }
        String text;
        if (node.isArray()) {
            List<String> paragraphs = new ArrayList<>();
            for (JsonNode element : node) {
                String paragraph = JsonValues.text(element);
                if (paragraph != null) {
                    paragraphs.add(paragraph);
                }
            }
            text = String.join("\n\n", paragraphs);
        } else {
            text = JsonValues.text(node);
        }
        return text != null && hasMarkup(text) ? HtmlText.fromFragment(text) : text;
    }

    /** Whether {@link #HTML_MARKUP} occurs in the text; tried only at each '<', where every alternative starts. */
    static boolean hasMarkup(String text) {
        return CandidateScan.anyMatch(HTML_MARKUP.matcher(text), text, c -> c == '<');
    }

    /** Finds fields by exact name, then ignoring case; mapped fields may be dotted paths into nested objects. */
    private final class Lookup {

        private final JsonNode record;
        private Map<String, JsonNode> byLowerCaseName;

        Lookup(JsonNode record) {
            this.record = record;
        }

        JsonNode find(Field field) {
            for (String name : mapping.candidates(field)) {
                JsonNode value = resolve(name);
                if (value != null && !value.isNull() && !value.isMissingNode()) {
                    return value;
                }
            }
            return null;
        }

        private JsonNode resolve(String name) {
            JsonNode direct = record.get(name);
            if (direct != null) {
                return direct;
            }
            if (name.contains(".")) {
                JsonNode node = record;
                for (String part : name.split("\\.")) {
                    node = node == null ? null : node.get(part);
                }
                return node;
            }
            return lowerCaseIndex().get(name.toLowerCase(Locale.ROOT));
        }

        private Map<String, JsonNode> lowerCaseIndex() {
            if (byLowerCaseName == null) {
                byLowerCaseName = new HashMap<>();
                for (Map.Entry<String, JsonNode> property : record.properties()) {
                    byLowerCaseName.putIfAbsent(property.getKey().toLowerCase(Locale.ROOT), property.getValue());
                }
            }
            return byLowerCaseName;
        }
    }

    /** A record that is valid JSON but not an article. */
    static final class RecordProblem extends Exception {

        RecordProblem(String message) {
            super(message);
        }
    }
}
