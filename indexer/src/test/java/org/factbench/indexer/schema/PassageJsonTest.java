package org.factbench.indexer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.util.BinaryData;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factbench.indexer.client.ElasticsearchClients;
import org.factbench.indexer.segment.ExtractedNumber;
import org.factbench.indexer.segment.Passage;
import org.factbench.indexer.segment.TextSegmenter;
import org.factbench.indexer.store.RealCorpus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The fast passage JSON must be the very document the client's mapper writes from the record. */
class PassageJsonTest {

    private final Jackson3JsonpMapper mapper = ElasticsearchClients.jsonpMapper();
    private final ObjectMapper json = new ObjectMapper();
    private final TextSegmenter segmenter = new TextSegmenter();

    @Test
    void equalsTheMappersDocumentOnRealArticles() throws IOException {
        List<Path> files;
        try (Stream<Path> found = Files.walk(RealCorpus.require("bbc/business"))) {
            files = found.filter(f -> f.toString().endsWith(".txt")).sorted().limit(120).toList();
        }
        int compared = 0;
        int withDates = 0;
        for (int i = 0; i < files.size(); i++) {
            String body = Files.readString(files.get(i), StandardCharsets.ISO_8859_1);
            // Vary what an article has: no title, no language, an unknown language, a duplicate, no date, quotes.
            String title = i % 5 == 0 ? null : "Title \"" + i + "\" <b>&</b> \u00e9\u2028";
            String language = switch (i % 4) {
                case 0 -> "en";
                case 1 -> "ru";
                case 2 -> null;
                default -> "xx";
            };
            OffsetDateTime published = i % 3 == 0 ? null : OffsetDateTime.parse("2021-12-25T10:00:00Z").plusSeconds(i * 37L);
            List<PassageDocument> passages = new ArrayList<>();
            for (Passage p : segmenter.segment(body, "en", published == null ? null : published.toLocalDate())) {
                passages.add(document("article-" + i, p, title, language, published, i % 7 == 0 ? "original-1" : null));
            }
            List<BinaryData> fast = PassageJson.of(passages);
            for (int p = 0; p < passages.size(); p++) {
                assertThat(tree(fast.get(p))).as(files.get(i) + " passage " + p).isEqualTo(viaMapper(passages.get(p)));
                compared++;
                withDates += passages.get(p).dates().isEmpty() ? 0 : 1;
            }
        }
        assertThat(compared).isGreaterThan(1_000);
        assertThat(withDates).isGreaterThan(100);
    }

    @Test
    void numbersWithAndWithoutUnitsAndControlCharactersSurvive() throws IOException {
        PassageDocument passage = new PassageDocument("a\"1", 2, 3, "SENTENCE", 0, 5, 40, "Tab\there, line\u0000end \\ \"23 %\"",
                null, "https://news.example/a?b=1&c=\"2\"", "Valley Post", List.of("A. Reporter", "B. \"Editor\""), null,
                "ru", null, List.of(new PassageDocument.DateRange(LocalDate.of(2021, 12, 23), LocalDate.of(2021, 12, 24))),
                List.of(23.0, 1.5e9), List.of(), List.of(new ExtractedNumber("23 %", 30, 34, 23.0, "%"),
                new ExtractedNumber("1.5 billion", 35, 46, 1.5e9, null)));

        assertThat(tree(PassageJson.of(List.of(passage)).getFirst())).isEqualTo(viaMapper(passage));
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMarkInsteadOfFailingTheArticle() throws IOException {
        PassageDocument passage = new PassageDocument("a1", 1, 0, "SENTENCE", 0, 0, 12, "Split \uD83D pair \uD83D\uDE00",
                "Title \uDE00", null, null, List.of(), null, "en", null, List.of(), List.of(), List.of(), List.of());

        JsonNode written = tree(PassageJson.of(List.of(passage)).getFirst());

        assertThat(written.get("text").asString()).isEqualTo("Split ? pair \uD83D\uDE00");
        assertThat(written.get("text_en").asString()).isEqualTo("Split ? pair \uD83D\uDE00");
        assertThat(written.get("title").asString()).isEqualTo("Title ?");
    }

    private static PassageDocument document(String articleId, Passage p, String title, String language,
                                            OffsetDateTime published, String duplicateOf) {
        List<PassageDocument.DateRange> ranges = p.dates().stream().filter(d -> d.from() != null)
                .map(d -> new PassageDocument.DateRange(d.from(), d.to() == null ? d.from() : d.to())).toList();
        return new PassageDocument(articleId, 1, p.ordinal(), p.kind().name(), p.paragraph(), p.start(), p.end(), p.text(),
                title, "https://news.example/" + articleId, "Example News", List.of("A. Reporter"), published, language,
                duplicateOf, ranges, p.numbers().stream().map(ExtractedNumber::value).toList(), p.dates(), p.numbers());
    }

    private JsonNode viaMapper(PassageDocument passage) {
        StringWriter out = new StringWriter();
        try (var generator = mapper.jsonProvider().createGenerator(out)) {
            mapper.serialize(passage, generator);
        }
        return json.readTree(out.toString());
    }

    private JsonNode tree(BinaryData data) throws IOException {
        byte[] bytes = new byte[data.asByteBuffer().remaining()];
        data.asByteBuffer().get(bytes);
        return json.readTree(new String(bytes, StandardCharsets.UTF_8));
    }
}
