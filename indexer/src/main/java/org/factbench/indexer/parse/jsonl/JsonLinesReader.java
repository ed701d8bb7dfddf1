package org.factbench.indexer.parse.jsonl;

import org.factbench.indexer.normalize.DecodedText;
import org.factbench.indexer.normalize.TextDecoder;
import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.parse.ArticleSink;
import org.factbench.indexer.parse.FormatReader;
import org.factbench.indexer.parse.InputFile;
import org.factbench.indexer.parse.JsonValues;
import org.factbench.indexer.parse.Sizes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * JSON Lines: one JSON object per line, read line by line so memory stays flat whatever the file size. A
 * line that is not valid JSON, not an object or has no body is reported as "line N: reason" and the next
 * line is read; blank lines are skipped.
 */
public final class JsonLinesReader implements FormatReader {

    private final JsonRecordMapper records;
    private final JsonMapper mapper;
    private final long maxLineBytes;

    public JsonLinesReader(FieldMapping mapping, long maxLineBytes) {
        this.records = new JsonRecordMapper(mapping);
        this.mapper = JsonValues.mapper(maxLineBytes);
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void read(InputFile input, ArticleSink sink) throws IOException {
        int lineNumber = 0;
        int nonBlank = 0;
        try (InputStream in = input.open()) {
            BoundedLineReader lines = new BoundedLineReader(in, maxLineBytes);
            for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                String where = "line " + lineNumber;
                String source = input.source() + "#" + where;
                if (line.tooLong()) {
                    nonBlank++;
                    sink.failed(source, where + ": longer than " + Sizes.describe(maxLineBytes) + "; skipped");
                    continue;
                }
                DecodedText decoded = TextDecoder.decode(line.bytes(), line.length(), StandardCharsets.UTF_8);
                String text = stripBom(decoded.text()).strip();
                if (text.isEmpty()) {
                    continue;
                }
                nonBlank++;
                readLine(text, source, where, decoded, sink);
            }
        }
        if (nonBlank == 0) {
            sink.failed(input.source(), "no records: the file holds only blank lines");
        }
    }

    private void readLine(String text, String source, String where, DecodedText decoded, ArticleSink sink) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JacksonException e) {
            sink.failed(source, where + ": invalid JSON: " + JsonValues.describe(e, false));
            return;
        }
        if (node == null || !node.isObject()) {
            String found = node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
            sink.failed(source, where + ": expected a JSON object, found " + found);
            return;
        }
        ParsedArticle draft;
        try {
            draft = records.toDraft(node, source);
        } catch (JsonRecordMapper.RecordProblem e) {
            sink.failed(source, where + ": " + e.getMessage());
            return;
        }
        if (!decoded.notes().isEmpty()) {
            draft = draft.withNotes(decoded.notes());
        }
        sink.article(draft);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
