package org.factbench.indexer.schema;

import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.ObjectMapper;

/**
 * The passages of one article version as JSON for the bulk body: the same document the client's mapper would
 * write from a {@link PassageDocument} (PassageJsonTest compares them on real articles), built several times
 * faster. The article's metadata, identical in every passage, is serialized once per article and copied in;
 * the rest is written directly as UTF-8. Serializing the ~400,000 passages of the benchmark corpus through the
 * generic mapper took the loading thread about 9 s of CPU on two cores that Elasticsearch needs too.
 */
public final class PassageJson {

    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();
    /** The client's own mapper, so that what is written here is formatted exactly as the rest of the documents. */
    private static final ObjectMapper MAPPER = DocumentMapper.jsonpMapper().objectMapper();
    private static final byte[] EMPTY_LIST = {'[', ']'};

    private PassageJson() {
    }

    /** One JSON document per passage, in order; all passages must belong to the same article version. */
    public static List<BinaryData> of(List<PassageDocument> passages) {
        List<BinaryData> documents = new ArrayList<>(passages.size());
        if (passages.isEmpty()) {
            return documents;
        }
        byte[] shared = sharedFields(passages.getFirst());
        Json json = new Json();
        for (PassageDocument passage : passages) {
            json.reset();
            write(json, passage, shared);
            documents.add(BinaryData.of(json.toByteArray(), ContentType.APPLICATION_JSON));
        }
        return documents;
    }

    /**
     * Written as UTF-8 bytes directly: the text is escaped and encoded once although it appears twice (under
     * {@code text} and its language's field), and the article's fields are encoded once per article.
     */
    private static void write(Json json, PassageDocument p, byte[] shared) {
        json.write('{');
        json.string("articleId", p.articleId());
        json.number("version", p.version());
        json.number("ordinal", p.ordinal());
        json.string("kind", p.kind());
        json.number("paragraph", p.paragraph());
        json.number("start", p.start());
        json.number("end", p.end());
        byte[] text = escaped(p.text());
        json.quoted("text", text);
        Languages.of(p.language()).ifPresent(language -> json.quoted("text_" + language.code(),
                language.turkic() ? escaped(language.indexed(p.text())) : text));
        if (shared.length > 0) {
            json.write(',');
            json.write(shared);
        }
        json.raw("dateRanges", list(p.dateRanges()));
        json.raw("numberValues", list(p.numberValues()));
        json.raw("dates", list(p.dates()));
        json.raw("numbers", list(p.numbers()));
        json.write('}');
    }

    /** The fields every passage of the article carries, without braces: {@code "title":"…","url":"…",…}. */
    static byte[] sharedFields(PassageDocument p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", p.title());
        fields.put("url", p.url());
        fields.put("outlet", p.outlet());
        fields.put("authors", p.authors());
        fields.put("published", p.published());
        fields.put("language", p.language());
        fields.put("duplicateOf", p.duplicateOf());
        Languages.localized("title", p.language(), p.title()).ifPresent(f -> fields.put(f.getKey(), f.getValue()));
        fields.values().removeIf(value -> value == null);
        // Through a String, so that a lone surrogate becomes '?' like in the text (once per article: cheap).
        byte[] object = MAPPER.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOfRange(object, 1, object.length - 1);
    }

    /** Small lists of records (dates, numbers): the mapper, so their format is exactly the mapper's. */
    private static byte[] list(List<?> values) {
        return values.isEmpty() ? EMPTY_LIST : MAPPER.writeValueAsBytes(values);
    }

    /**
     * Escaped UTF-8 of a string. Normalized bodies hold no lone surrogates and passages never split a pair, but
     * should one get through, it becomes '?' (as {@code String.getBytes} would make it) instead of failing the batch.
     */
    private static byte[] escaped(String value) {
        try {
            return ESCAPE.quoteAsUTF8(value);
        } catch (IllegalArgumentException loneSurrogate) {
            return ESCAPE.quoteAsUTF8(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
    }

    /**
     * A growing byte buffer with the few JSON shapes a passage needs (field names are ASCII); unlike
     * ByteArrayOutputStream it takes no lock per byte.
     */
    private static final class Json {

        private byte[] bytes = new byte[1024];
        private int count;

        void reset() {
            count = 0;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, count);
        }

        void string(String name, String value) {
            if (value != null) {
                quoted(name, escaped(value));
            }
        }

        void quoted(String name, byte[] escapedUtf8) {
            name(name);
            write('"');
            write(escapedUtf8);
            write('"');
        }

        void number(String name, int value) {
            name(name);
            ascii(Integer.toString(value));
        }

        void raw(String name, byte[] json) {
            name(name);
            write(json);
        }

        void write(char ascii) {
            ensure(1);
            bytes[count++] = (byte) ascii;
        }

        void write(byte[] more) {
            ensure(more.length);
            System.arraycopy(more, 0, bytes, count, more.length);
            count += more.length;
        }

        private void name(String name) {
            if (count > 1) {
                write(',');
            }
            write('"');
            ascii(name);
            write('"');
            write(':');
        }

        private void ascii(String value) {
            ensure(value.length());
            for (int i = 0; i < value.length(); i++) {
                bytes[count++] = (byte) value.charAt(i);
            }
        }

        private void ensure(int more) {
            if (count + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
            }
        }
    }
}
