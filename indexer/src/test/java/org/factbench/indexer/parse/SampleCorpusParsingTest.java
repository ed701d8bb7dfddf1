package org.factbench.indexer.parse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's own sample corpus, read by the reader the way the first start reads it. */
class SampleCorpusParsingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path folder;
    private static Map<String, ParsedArticle> articles;

    @BeforeAll
    static void read() throws URISyntaxException, IOException {
        folder = Path.of(SampleCorpusParsingTest.class.getResource("/sample-corpus/README.md").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().matches(".*\\.(txt|html|jsonl)$")).sorted().toList();
        }
        Results results = Results.read(files.toArray(Path[]::new));
        assertThat(results.failed).isEmpty();
        articles = results.parsed.stream().collect(Collectors.toMap(
                a -> folder.relativize(Path.of(a.source().replaceFirst("#.*", ""))) + a.source().replaceFirst("^[^#]*", ""),
                Function.identity()));
    }

    @Test
    void everyTextArticleCarriesItsSidecarMetadataAndTheOutletAndAuthorOfItsByline() throws IOException {
        try (Stream<Path> sidecars = Files.list(folder)) {
            for (Path sidecar : sidecars.filter(f -> f.toString().endsWith(".meta.json")).toList()) {
                JsonNode meta = JSON.readTree(sidecar.toFile());
                String name = sidecar.getFileName().toString().replace(".meta.json", ".txt");
                ParsedArticle article = articles.get(name);
                assertThat(article).as(name).isNotNull();
                assertThat(article.title()).isEqualTo(meta.get("title").asString());
                assertThat(article.outlet()).isEqualTo(meta.get("outlet").asString());
                assertThat(article.authors()).containsExactlyElementsOf(meta.get("authors").valueStream().map(JsonNode::asString).toList());
                assertThat(article.published().toLocalDate().toString()).isEqualTo(meta.get("published").asString());
                assertThat(article.language()).isEqualTo(meta.get("language").asString());
                assertThat(article.url()).isEqualTo(meta.get("url").asString());
                assertThat(article.body()).doesNotStartWith("By ");
                assertThat(article.notes()).isEmpty();
            }
        }
    }

    @Test
    void htmlPagesGiveTheirMetadataAndOnlyTheArticleText() {
        List<ParsedArticle> pages = articles.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".html")).map(Map.Entry::getValue).toList();

        assertThat(pages).hasSizeGreaterThanOrEqualTo(4).allSatisfy(page -> {
            assertThat(page.title()).isNotBlank();
            assertThat(page.outlet()).isNotBlank();
            assertThat(page.authors()).isNotEmpty();
            assertThat(page.published()).isNotNull();
            assertThat(page.url()).startsWith("https://").contains(".example/");
            assertThat(page.language()).isEqualTo("en");
            assertThat(page.body()).doesNotContain("<", "alert(");
        });
        ParsedArticle border = articles.get("south-caucasus-monitor-2022-02-21-border-commissions.html");
        assertThat(border.published()).isEqualTo(OffsetDateTime.parse("2022-02-21T11:30+04:00"));
    }

    @Test
    void wireRecordsAreReadLineByLine() {
        List<ParsedArticle> wire = articles.entrySet().stream()
                .filter(e -> e.getKey().startsWith("wire.jsonl#line ")).map(Map.Entry::getValue).toList();

        assertThat(wire).hasSizeGreaterThanOrEqualTo(4).allSatisfy(record -> {
            assertThat(record.title()).isNotBlank();
            assertThat(record.outlet()).isNotBlank();
            assertThat(record.authors()).hasSize(1);
            assertThat(record.published()).isNotNull();
            assertThat(record.body()).contains("\n\n");
        });
    }

    @Test
    void theRussianArticleIsRussian() {
        assertThat(articles.values()).filteredOn(a -> "ru".equals(a.language())).isNotEmpty()
                .allSatisfy(a -> assertThat(a.outlet()).isEqualTo("Кавказский обозреватель"));
    }
}
