package org.factbench.indexer.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReadingTest {

    @TempDir
    Path dir;

    @Test
    void reutersRecordsAreReadWithTheirFieldsGuessed() {
        String line = """
                {"id": "reuters-1", "date": "26-FEB-1987 15:01:01.79", "title": "BAHIA COCOA REVIEW", "dateline": "SALVADOR, Feb 26 -", \
                "author": "By Jane Roe, Reuters", "text": "Showers continued throughout the week in\\nthe Bahia cocoa zone.\\n    The dry period means the temporao will be late this year."}
                """;

        ParsedArticle article = Results.read(TestFiles.write(dir, "r.jsonl", line)).only();

        assertThat(article.title()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("1987-02-26T15:01:01.79Z"));
        assertThat(article.authors()).containsExactly("Jane Roe");
        assertThat(article.body()).isEqualTo("Showers continued throughout the week in the Bahia cocoa zone."
                + "\n\nThe dry period means the temporao will be late this year.");
        assertThat(article.source()).endsWith("r.jsonl#line 1");
    }

    @Test
    void russianRecordsAreReadWithContentAsBody() {
        String line = "{\"keywords\": [\"Москва\"], \"title\": \"Встреча в Москве\", \"url\": \"http://www.ng.ru/politics/2021-12-25/1_meeting.html\", "
                + "\"content\": \"Первая встреча общественных деятелей двух стран состоялась в Москве.\", \"summary\": \"Кратко\"}\n";

        ParsedArticle article = Results.read(TestFiles.write(dir, "ng.jsonl", line)).only();

        assertThat(article.title()).isEqualTo("Встреча в Москве");
        assertThat(article.url()).isEqualTo("http://www.ng.ru/politics/2021-12-25/1_meeting.html");
        assertThat(article.body()).isEqualTo("Первая встреча общественных деятелей двух стран состоялась в Москве.");
        assertThat(article.language()).isEqualTo("ru");
    }

    @Test
    void anExplicitMappingReadsNamedAndNestedFields() {
        String line = "{\"headline_text\": \"Mapped title\", \"story\": {\"full\": \"Mapped body text.\"}, \"meta\": {\"when\": \"2021-12-27\"}, \"text\": \"not this\"}";
        ReadOptions options = new ReadOptions(null, null, "en", Map.of("title", "headline_text", "body", "story.full", "date", "meta.when"));

        ParsedArticle article = Results.read(new FormatDetectingCorpusReader(), options, TestFiles.write(dir, "m.jsonl", line)).only();

        assertThat(article.title()).isEqualTo("Mapped title");
        assertThat(article.body()).isEqualTo("Mapped body text.");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2021-12-27T00:00Z"));
    }

    @Test
    void anUnknownMappingFieldIsReportedForEveryPathInsteadOfIgnored() {
        Path file = TestFiles.write(dir, "m.jsonl", "{\"text\": \"x\"}");
        ReadOptions options = new ReadOptions(null, null, null, Map.of("bdy", "content"));

        ParseResult.Failed failure = Results.read(new FormatDetectingCorpusReader(), options, file).onlyFailure();

        assertThat(failure.reason()).contains("unknown field 'bdy'");
    }

    @Test
    void anInvalidLineInTheMiddleFailsAloneAndTheOthersAreRead() {
        String lines = """
                {"title": "one", "text": "First article body."}
                {"title": "two", "text": "Second article body.
                {"title": "three", "text": "Third article body."}
                ["not", "an", "object"]
                {"title": "no body here"}

                {"title": "six", "body": "Sixth article body."}
                """;

        Results results = Results.read(TestFiles.write(dir, "mixed.jsonl", lines));

        assertThat(results.parsed).extracting(ParsedArticle::title).containsExactly("one", "three", "six");
        assertThat(results.parsed.get(2).source()).endsWith("mixed.jsonl#line 7");
        assertThat(results.failed).hasSize(3);
        assertThat(results.failed.get(0).source()).endsWith("mixed.jsonl#line 2");
        assertThat(results.failed.get(0).reason()).startsWith("line 2: invalid JSON: ");
        assertThat(results.failed.get(1).reason()).isEqualTo("line 4: expected a JSON object, found array");
        assertThat(results.failed.get(2).reason()).startsWith("line 5: no body: none of the fields body, text, content");
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWithoutLoadingIt() {
        String huge = "{\"text\": \"" + "x".repeat(10_000) + "\"}";
        String lines = "{\"text\": \"Small one.\"}\n" + huge + "\n{\"text\": \"Small two.\"}\n";
        FormatDetectingCorpusReader reader = new FormatDetectingCorpusReader(new ParseSettings(4096L, null, null));

        Results results = Results.read(reader, new ReadOptions(null, null, "en", Map.of()), TestFiles.write(dir, "long.jsonl", lines));

        assertThat(results.parsed).extracting(ParsedArticle::body).containsExactly("Small one.", "Small two.");
        assertThat(results.onlyFailure().reason()).isEqualTo("line 2: longer than 4 KB; skipped");
    }

    @Test
    void htmlInABodyFieldBecomesText() {
        String line = "{\"content\": \"<p>First paragraph with <a href='x'>a link</a>.</p><p>Second &amp; last.</p><script>evil()</script>\"}";

        ParsedArticle article = Results.read(TestFiles.write(dir, "h.jsonl", line)).only();

        assertThat(article.body()).isEqualTo("First paragraph with a link.\n\nSecond & last.");
    }

    @Test
    void aJsonArrayIsReadElementByElement() {
        String json = "[{\"title\": \"a\", \"text\": \"Body a.\"}, {\"title\": \"b\", \"text\": \"Body b.\"}]";

        Results results = Results.read(TestFiles.write(dir, "list.json", json));

        assertThat(results.parsed).extracting(ParsedArticle::title).containsExactly("a", "b");
        assertThat(results.parsed.get(1).source()).endsWith("list.json#record 2");
    }

    @Test
    void aSyntaxErrorInAJsonArrayKeepsWhatCameBeforeIt() {
        String json = "[{\"title\": \"a\", \"text\": \"Body a.\"}, {\"title\": \"b\" \"text\": \"Body b.\"}]";

        Results results = Results.read(TestFiles.write(dir, "list.json", json));

        assertThat(results.parsed).extracting(ParsedArticle::title).containsExactly("a");
        assertThat(results.onlyFailure().reason()).startsWith("record 2: invalid JSON").contains("the rest of the file cannot be read");
    }

    @Test
    void aJsonFeedGivesOneArticlePerItem() {
        String feed = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Caucasus Monitor", "language": "en",
                 "items": [
                   {"id": "1", "url": "https://monitor.example/1", "title": "First", "content_html": "<p>First item text.</p>",
                    "date_published": "2021-12-24T10:00:00+04:00", "authors": [{"name": "Jane Roe"}]},
                   {"id": "2", "title": "Second", "content_text": "Second item text."},
                   {"id": "3", "title": "Empty"}
                 ]}
                """;

        Results results = Results.read(TestFiles.write(dir, "feed.json", feed));

        assertThat(results.parsed).hasSize(2);
        ParsedArticle first = results.parsed.getFirst();
        assertThat(first.title()).isEqualTo("First");
        assertThat(first.outlet()).isEqualTo("Caucasus Monitor");
        assertThat(first.authors()).containsExactly("Jane Roe");
        assertThat(first.url()).isEqualTo("https://monitor.example/1");
        assertThat(first.body()).isEqualTo("First item text.");
        assertThat(results.onlyFailure().source()).endsWith("feed.json#item 3");
    }
}
