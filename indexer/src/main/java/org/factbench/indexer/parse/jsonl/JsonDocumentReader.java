package org.factbench.indexer.parse.jsonl;

import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.parse.ArticleSink;
import org.factbench.indexer.parse.FormatReader;
import org.factbench.indexer.parse.InputFile;
import org.factbench.indexer.parse.JsonValues;
import org.factbench.indexer.parse.feed.JsonFeed;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;

/**
 * A ".json" file: a JSON Feed, an array of article objects (streamed element by element), or one or more
 * objects one after the other (a single article, or JSON Lines under a .json name). Unlike JSON Lines, a
 * syntax error cannot be skipped — the parser cannot tell where the next record starts — so it ends the
 * file with a report of where; everything before it is kept.
 */
public final class JsonDocumentReader implements FormatReader {

    private final JsonRecordMapper records;
    private final JsonMapper mapper;

    public JsonDocumentReader(FieldMapping mapping, long maxStringBytes) {
        this.records = new JsonRecordMapper(mapping);
        this.mapper = JsonValues.streamingMapper(maxStringBytes);
    }

    @Override
    public void read(InputFile input, ArticleSink sink) throws IOException {
        int record = 0;
        try (InputStream in = input.open(); JsonParser parser = mapper.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                sink.failed(input.source(), "no JSON value in the file");
                return;
            }
            boolean array = first == JsonToken.START_ARRAY;
            JsonToken token = array ? parser.nextToken() : first;
            while (token != null && token != JsonToken.END_ARRAY) {
                record++;
                JsonNode node = mapper.readTree(parser);
                if (record == 1 && !array && JsonFeed.isJsonFeed(node)) {
                    JsonFeed.read(node, input.source(), sink);
                    return;
                }
                readRecord(node, input.source() + "#record " + record, "record " + record, sink);
                token = parser.nextToken();
            }
        } catch (JacksonIOException e) {
            // an I/O problem under the parser (such as truncated gzip data) is not a JSON syntax error
            throw e.getCause();
        } catch (JacksonException e) {
            String where = "record " + Math.max(record, 1);
            sink.failed(input.source() + "#" + where, where + ": invalid JSON: " + JsonValues.describe(e)
                    + "; the rest of the file cannot be read (in JSON Lines, one object per line in a .jsonl file, a bad line is skipped instead)");
        }
    }

    private void readRecord(JsonNode node, String source, String where, ArticleSink sink) {
        if (node == null || !node.isObject()) {
            sink.failed(source, where + ": expected a JSON object");
            return;
        }
        ParsedArticle draft;
        try {
            draft = records.toDraft(node, source);
        } catch (JsonRecordMapper.RecordProblem e) {
            sink.failed(source, where + ": " + e.getMessage());
            return;
        }
        sink.article(draft);
    }
}
