package org.factbench.indexer.schema;

import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factbench.indexer.client.ElasticsearchClients;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.ObjectMapper;

/**
 * The passages of one article version as JSON for the bulk body: the same document the client's mapper would
 * write from a {@link PassageDocument} (PassageJsonTest compares them on real articles), built several times
 * faster. The article's metadata, identical in every passage, is serialized once per article and copied in;
 * the rest is written directly. Serializing the ~400,000 passages of the benchmark corpus through the generic
 * mapper took the loading thread about 9 s of CPU on two cores that Elasticsearch needs too.
 */
public final class PassageJson {

    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();
    /** The client's own mapper, so that what is written here is formatted exactly as the rest of the documents. */
    private static final ObjectMapper MAPPER = ElasticsearchClients.jsonpMapper().objectMapper();

    private PassageJson() {
    }

    /** One JSON document per passage, in order; all passages must belong to the same article version. */
    public static List<BinaryData> of(List<PassageDocument> passages) {
        List<BinaryData> documents = new ArrayList<>(passages.size());
        if (passages.isEmpty()) {
            return documents;
        }
        String shared = sharedFields(passages.getFirst());
        for (PassageDocument passage : passages) {
            documents.add(BinaryData.of(json(passage, shared).getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
        }
        return documents;
    }

    static String json(PassageDocument p, String shared) {
        StringBuilder json = new StringBuilder(200 + shared.length() + 2 * p.text().length());
        json.append('{');
        string(json, "articleId", p.articleId());
        number(json, "version", p.version());
        number(json, "ordinal", p.ordinal());
        string(json, "kind", p.kind());
        number(json, "paragraph", p.paragraph());
        number(json, "start", p.start());
        number(json, "end", p.end());
        char[] text = ESCAPE.quoteAsCharArray(p.text());
        json.append(",\"text\":\"").append(text).append('"');
        Languages.field("text", p.language()).ifPresent(f -> json.append(",\"").append(f).append("\":\"").append(text).append('"'));
        if (!shared.isEmpty()) {
            json.append(',').append(shared);
        }
        list(json, "dateRanges", p.dateRanges());
        list(json, "numberValues", p.numberValues());
        list(json, "dates", p.dates());
        list(json, "numbers", p.numbers());
        return json.append('}').toString();
    }

    /** The fields every passage of the article carries, without braces: {@code "title":"…","url":"…",…}. */
    static String sharedFields(PassageDocument p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", p.title());
        fields.put("url", p.url());
        fields.put("outlet", p.outlet());
        fields.put("authors", p.authors());
        fields.put("published", p.published());
        fields.put("language", p.language());
        fields.put("duplicateOf", p.duplicateOf());
        if (p.title() != null) {
            Languages.field("title", p.language()).ifPresent(f -> fields.put(f, p.title()));
        }
        fields.values().removeIf(value -> value == null);
        String object = MAPPER.writeValueAsString(fields);
        return object.substring(1, object.length() - 1);
    }

    private static void string(StringBuilder json, String name, String value) {
        if (value == null) {
            return;
        }
        separate(json).append('"').append(name).append("\":\"").append(ESCAPE.quoteAsCharArray(value)).append('"');
    }

    private static void number(StringBuilder json, String name, int value) {
        separate(json).append('"').append(name).append("\":").append(value);
    }

    /** Small lists of records (dates, numbers): the mapper, so their format is exactly the mapper's. */
    private static void list(StringBuilder json, String name, List<?> values) {
        separate(json).append('"').append(name).append("\":");
        json.append(values.isEmpty() ? "[]" : MAPPER.writeValueAsString(values));
    }

    private static StringBuilder separate(StringBuilder json) {
        return json.length() > 1 ? json.append(',') : json;
    }
}
