package org.factbench.indexer.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factbench.core.corpus.CorpusLanguage;
import org.factbench.indexer.segment.ExtractedDate;
import org.factbench.indexer.segment.ExtractedDate.Precision;
import org.factbench.indexer.segment.Passage;
import org.factbench.indexer.segment.TextSegmenter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's own sample corpus (src/main/resources/sample-corpus) is complete and well-formed, and its README
 * tells the truth about every article: the quoted statement is in the article, the counts of right, vague and
 * wrong statements of the meeting date hold, and the metadata is valid. Parsing it with the indexer's readers is
 * tested with the readers.
 */
class SampleCorpusTest {

    private static final LocalDate EARLIEST = LocalDate.of(2021, 6, 1);
    private static final LocalDate LATEST = LocalDate.of(2022, 3, 31);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path folder;
    private static Map<String, Article> articles;
    private static List<ReadmeRow> readme;

    record Article(String id, String outlet, String title, LocalDate published, String language, String url, String text) {
    }

    record ReadmeRow(String id, String outlet, LocalDate published, String language, String meetingDate, String quote) {
    }

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        folder = Path.of(SampleCorpusTest.class.getResource("/sample-corpus/README.md").toURI()).getParent();
        articles = new LinkedHashMap<>();
        for (Path text : files(".txt")) {
            Article article = plainText(text);
            articles.put(article.id(), article);
        }
        for (Path html : files(".html")) {
            Article article = html(html);
            articles.put(article.id(), article);
        }
        wire().forEach(article -> articles.put(article.id(), article));
        readme = readme();
    }

    @Test
    void hasEnoughArticlesInEveryFormat() {
        assertThat(files(".txt")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(files(".html")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(articles.keySet()).filteredOn(id -> id.startsWith("wire.jsonl#")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(articles).hasSizeGreaterThanOrEqualTo(12);
        assertThat(articles.values()).extracting(Article::language)
                .as("an article in every corpus language").containsAll(CorpusLanguage.codes());
        assertThat(articles.values()).extracting(Article::url).doesNotHaveDuplicates();
    }

    @Test
    void folderHoldsNothingButListedArticlesTheirSidecarsAndTheReadme() throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            Set<String> expected = new TreeSet<>(Set.of("README.md", "wire.jsonl"));
            articles.keySet().stream().filter(id -> !id.startsWith("wire.jsonl#")).forEach(expected::add);
            files(".txt").forEach(text -> expected.add(sidecar(text).getFileName().toString()));
            Set<String> present = all.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(present).isEqualTo(expected);
        }
    }

    @Test
    void everyArticleHasPlausibleMetadataAndLength() {
        for (Article article : articles.values()) {
            assertThat(article.title()).as(article.id()).isNotBlank();
            assertThat(article.outlet()).as(article.id()).isNotBlank();
            assertThat(article.language()).as(article.id()).isIn(CorpusLanguage.codes());
            assertThat(article.published()).as(article.id()).isBetween(EARLIEST, LATEST);
            assertThat(URI.create(article.url()).getScheme()).as(article.id()).isEqualTo("https");
            assertThat(URI.create(article.url()).getHost()).as("fictional domain, %s", article.id()).endsWith(".example");
            assertThat(article.text().split("\\s+")).as("word count of %s", article.id()).hasSizeBetween(300, 700);
        }
    }

    @Test
    void readmeListsEveryArticleWithItsMetadataAndAQuoteFromIt() {
        assertThat(readme).extracting(ReadmeRow::id).containsExactlyInAnyOrderElementsOf(articles.keySet());
        for (ReadmeRow row : readme) {
            Article article = articles.get(row.id());
            assertThat(row.outlet()).as(row.id()).isEqualTo(article.outlet());
            assertThat(row.published()).as(row.id()).isEqualTo(article.published());
            assertThat(row.language()).as(row.id()).isEqualTo(article.language());
            assertThat(row.meetingDate()).as(row.id()).isIn("right", "vague", "wrong", "none");
            assertThat(normalizeSpace(article.text())).as(row.id()).contains(row.quote());
        }
    }

    @Test
    void meetingDateIsStatedRightVaguelyAndExactlyOnceWrongly() {
        Map<String, List<ReadmeRow>> byKind = readme.stream().collect(Collectors.groupingBy(ReadmeRow::meetingDate));
        assertThat(byKind.get("right")).hasSizeGreaterThanOrEqualTo(1).allSatisfy(row ->
                assertThat(row.quote()).containsPattern("23[-–]24|December 23-24").containsPattern("December|декабря")
                        .containsPattern("2021").containsPattern("Moscow|Москве"));
        assertThat(byKind.get("vague")).hasSizeGreaterThanOrEqualTo(1).allSatisfy(row ->
                assertThat(row.quote()).doesNotContainPattern("23[-–]24"));
        assertThat(byKind.get("wrong")).hasSize(1).allSatisfy(row ->
                assertThat(row.quote()).doesNotContain("23-24 December 2021").doesNotContain("December 23-24, 2021"));
    }

    @Test
    void theSegmenterResolvesTheMeetingDateThatEachQuoteStates() {
        TextSegmenter segmenter = new TextSegmenter();
        LocalDate firstDay = LocalDate.of(2021, 12, 23);
        LocalDate secondDay = LocalDate.of(2021, 12, 24);
        for (ReadmeRow row : readme) {
            if (row.meetingDate().equals("none")) {
                continue;
            }
            Article article = articles.get(row.id());
            List<ExtractedDate> dates = segmenter.segment(article.text(), article.language(), article.published()).stream()
                    .filter(passage -> passage.kind() == Passage.Kind.SENTENCE && normalizeSpace(passage.text()).contains(row.quote()))
                    .flatMap(passage -> passage.dates().stream())
                    .toList();
            switch (row.meetingDate()) {
                case "right" -> assertThat(dates).as(row.id()).anyMatch(date ->
                        date.from().equals(firstDay) && date.to().equals(secondDay) && date.precision() == Precision.DAY);
                case "wrong" -> assertThat(dates).as(row.id()).anyMatch(date ->
                        date.from().getMonthValue() != 12 && date.precision() == Precision.DAY);
                default -> assertThat(dates).as(row.id()).anyMatch(date -> date.precision() != Precision.DAY
                        && !date.from().isAfter(firstDay) && !date.to().isBefore(secondDay));
            }
        }
    }

    @Test
    void theDemoSearchFindsArticlesAboutTheFirstMeetingInMoscow() {
        assertThat(articles.values()).filteredOn(article -> {
            String text = article.text().toLowerCase(Locale.ROOT);
            return text.contains("first meeting") && text.contains("moscow");
        }).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void oneHtmlPageCarriesScriptThatASanitizerMustDrop() throws IOException {
        List<Element> scripts = new ArrayList<>();
        List<Element> handlers = new ArrayList<>();
        for (Path html : files(".html")) {
            Element article = Jsoup.parse(html.toFile(), "UTF-8").selectFirst("article");
            scripts.addAll(article.select("script:containsData(alert(1))"));
            handlers.addAll(article.select("img[onerror]"));
        }
        assertThat(scripts).isNotEmpty();
        assertThat(handlers).isNotEmpty();
    }

    @Test
    void htmlPagesCarryJsonLdNewsArticles() throws IOException {
        int newsArticles = 0;
        for (Path html : files(".html")) {
            for (Element block : Jsoup.parse(html.toFile(), "UTF-8").select("script[type=application/ld+json]")) {
                JsonNode node = JSON.readTree(block.data());
                assertThat(node.path("headline").asString()).as(html.toString()).isNotBlank();
                OffsetDateTime.parse(node.path("datePublished").asString());
                newsArticles += node.path("@type").asString().equals("NewsArticle") ? 1 : 0;
            }
        }
        assertThat(newsArticles).isGreaterThanOrEqualTo(1);
    }

    private static Article plainText(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        assertThat(lines.size()).as(name).isGreaterThan(8);
        assertThat(lines.get(0)).as("line 1 of %s", name).startsWith("By ");
        assertThat(lines.get(1)).as("line 2 of %s", name).isEmpty();
        assertThat(lines.get(2)).as("line 3 of %s", name).startsWith("By ");
        assertThat(lines.get(3)).as("line 4 of %s", name).isEmpty();
        String body = String.join("\n", lines.subList(4, lines.size())).strip();
        assertThat(body.split("\n\n")).as("paragraphs of %s", name).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(paragraph -> assertThat(paragraph).doesNotContain("\n").isNotBlank());

        JsonNode meta = JSON.readTree(sidecar(file).toFile());
        String outlet = lines.get(0).substring(3);
        assertThat(meta.path("outlet").asString()).as(name).isEqualTo(outlet);
        List<String> authors = new ArrayList<>();
        meta.path("authors").forEach(author -> authors.add(author.asString()));
        assertThat(authors).as(name).contains(lines.get(2).substring(3));
        return new Article(name, outlet, meta.path("title").asString(), LocalDate.parse(meta.path("published").asString()),
                meta.path("language").asString(), meta.path("url").asString(), body);
    }

    private static Article html(Path file) throws IOException {
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        String name = file.getFileName().toString();
        assertThat(page.title()).as(name).isNotBlank();
        assertThat(page.select("nav")).as("navigation in %s", name).isNotEmpty();
        assertThat(page.select("footer")).as("footer in %s", name).isNotEmpty();
        Element article = page.selectFirst("article");
        assertThat(article).as("<article> in %s", name).isNotNull();
        assertThat(article.select("p")).as(name).hasSizeGreaterThanOrEqualTo(4);
        String published = meta(page, "meta[property=article:published_time]", name);
        String language = page.selectFirst("html").attr("lang");
        assertThat(language).as(name).isNotBlank();
        meta(page, "meta[name=author]", name);
        Element body = article.clone();
        body.select("header, footer, .byline, .meta").remove();
        return new Article(name, meta(page, "meta[property=og:site_name]", name), meta(page, "meta[property=og:title]", name),
                OffsetDateTime.parse(published).toLocalDate(), language.substring(0, 2),
                meta(page, "meta[property=og:url]", name), body.text());
    }

    private static String meta(Document page, String selector, String name) {
        Element element = page.selectFirst(selector);
        assertThat(element).as("%s in %s", selector, name).isNotNull();
        assertThat(element.attr("content")).as("%s in %s", selector, name).isNotBlank();
        return element.attr("content");
    }

    private static List<Article> wire() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("wire.jsonl"), StandardCharsets.UTF_8);
        List<Article> wire = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String id = "wire.jsonl#" + (i + 1);
            JsonNode line = JSON.readTree(lines.get(i));
            for (String field : List.of("url", "outlet", "title", "date", "author", "text", "language")) {
                assertThat(line.path(field).asString()).as("%s in %s", field, id).isNotBlank();
            }
            assertThat(line.path("text").asString().split("\n\n")).as(id).hasSizeGreaterThanOrEqualTo(4);
            wire.add(new Article(id, line.path("outlet").asString(), line.path("title").asString(),
                    OffsetDateTime.parse(line.path("date").asString()).toLocalDate(), line.path("language").asString(),
                    line.path("url").asString(), line.path("text").asString()));
        }
        return wire;
    }

    private static List<ReadmeRow> readme() throws IOException {
        List<ReadmeRow> rows = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                assertThat(cells).as(line).hasSize(6);
                String quote = cells[5].strip();
                assertThat(quote).as(line).startsWith("\"").endsWith("\"");
                rows.add(new ReadmeRow(cells[0].strip().replace("`", ""), cells[1].strip(), LocalDate.parse(cells[2].strip()),
                        cells[3].strip(), cells[4].strip(), quote.substring(1, quote.length() - 1)));
            }
        }
        return rows;
    }

    private static List<Path> files(String extension) {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(path -> path.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
    }

    private static Path sidecar(Path text) {
        String name = text.getFileName().toString();
        return text.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".meta.json");
    }

    private static String normalizeSpace(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
