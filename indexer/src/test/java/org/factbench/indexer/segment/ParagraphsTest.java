package org.factbench.indexer.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factbench.indexer.store.RealCorpus;
import org.factbench.indexer.testing.GeneratedText;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    /** The definition the hand-written scan is held to. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[\\p{Zs}\\t\\r]*\\n");

    @Test
    void blankLinesSeparateAndLinesWithOnlySpacesCountAsBlank() {
        String body = "First paragraph,\nstill first.\n\nSecond.\n \u00a0\t\r\nThird.\n\n\n\nFourth.\n";

        assertThat(Paragraphs.of(body)).extracting(span -> body.substring(span.start(), span.end()))
                .containsExactly("First paragraph,\nstill first.", "Second.", "Third.", "Fourth.");
    }

    @Test
    void findsWhatTheBlankLinePatternFindsOnGeneratedText() {
        GeneratedText texts = new GeneratedText("\n", "\n\n", " ", "\t", "\r", "\u00a0", "\u2003", "word", "x", ".",
                "\u000b", "\f", "\u2028");
        for (int i = 0; i < 20_000; i++) {
            String body = texts.next(25);
            assertThat(Paragraphs.of(body)).as(body.replace("\n", "\\n")).isEqualTo(byPattern(body));
        }
    }

    @Test
    void findsWhatTheBlankLinePatternFindsOnRealNews() throws IOException {
        int paragraphs = 0;
        try (Stream<Path> files = Files.walk(RealCorpus.require("bbc"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String body = Files.readString(file, StandardCharsets.ISO_8859_1);
                List<Span> found = Paragraphs.of(body);
                assertThat(found).as(file.toString()).isEqualTo(byPattern(body));
                paragraphs += found.size();
            }
        }
        assertThat(paragraphs).isGreaterThan(10_000);
    }

    private static List<Span> byPattern(String body) {
        List<Span> paragraphs = new ArrayList<>();
        Matcher separator = BLANK_LINE.matcher(body);
        int from = 0;
        while (separator.find()) {
            add(paragraphs, body, from, separator.start());
            from = separator.end();
        }
        add(paragraphs, body, from, body.length());
        return paragraphs;
    }

    private static void add(List<Span> paragraphs, String body, int start, int end) {
        Span paragraph = Span.trimmed(body, start, end);
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph);
        }
    }
}
