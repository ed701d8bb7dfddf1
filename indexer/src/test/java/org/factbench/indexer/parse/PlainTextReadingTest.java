package org.factbench.indexer.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextReadingTest {

    private static final String BYLINE_ARTICLE = """
            By Caucasus Monitor

            By Leyla Mammadova

            Public figures from both countries met in Moscow on 23-24 December 2021.

            It was the first such meeting   since the 2020 war.
            """;

    @TempDir
    Path dir;

    @Test
    void bylineFormatGivesOutletAndAuthorAndNoTitle() {
        ParsedArticle article = Results.read(TestFiles.write(dir, "meeting.txt", BYLINE_ARTICLE)).only();

        assertThat(article.outlet()).isEqualTo("Caucasus Monitor");
        assertThat(article.authors()).containsExactly("Leyla Mammadova");
        assertThat(article.title()).isNull();
        assertThat(article.published()).isNull();
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body()).isEqualTo("Public figures from both countries met in Moscow on 23-24 December 2021."
                + "\n\nIt was the first such meeting since the 2020 war.");
        assertThat(article.source()).endsWith("meeting.txt");
    }

    /** The loader reads on one thread and detects languages on its pool: both halves together give what read gives. */
    @Test
    void languageDetectionCanBeLeftToTheCaller() {
        Path meeting = TestFiles.write(dir, "meeting.txt", BYLINE_ARTICLE);
        Path russian = TestFiles.write(dir, "ru.txt", "Встреча в Москве\n\nПервая встреча общественных деятелей двух стран "
                + "состоялась в Москве в конце декабря.\n");
        FormatDetectingCorpusReader reader = new FormatDetectingCorpusReader();
        java.util.List<ParsedArticle> left = new java.util.ArrayList<>();
        reader.readLeavingLanguagesUndetected(java.util.List.of(meeting, russian), ReadOptions.defaults(),
                result -> left.add(((ParseResult.Parsed) result).article()));

        assertThat(left).extracting(ParsedArticle::language).containsExactly(null, null);
        java.util.List<ParsedArticle> completed = left.stream().map(reader::detectLanguage).toList();
        assertThat(completed).extracting(ParsedArticle::language).containsExactly("en", "ru");
        assertThat(completed).usingRecursiveFieldByFieldElementComparatorIgnoringFields("language")
                .containsExactlyElementsOf(left);
        assertThat(completed).isEqualTo(Results.read(meeting, russian).parsed);

        ParsedArticle stated = Results.read(reader, new ReadOptions(null, null, "az", Map.of()), meeting).only();
        assertThat(reader.detectLanguage(stated)).isSameAs(stated);
    }

    @Test
    void titleLineFormatGivesTheTitle() {
        String bbcStyle = "Talks resume in Moscow\n\nNegotiators met again on Monday.\n\nThey agreed to meet next month.\n";

        ParsedArticle article = Results.read(TestFiles.write(dir, "001.txt", bbcStyle)).only();

        assertThat(article.title()).isEqualTo("Talks resume in Moscow");
        assertThat(article.body()).isEqualTo("Negotiators met again on Monday.\n\nThey agreed to meet next month.");
    }

    @Test
    void aShortFirstSentenceIsNotMistakenForATitle() {
        String text = "The talks resumed on Monday.\n\nNegotiators met again in Moscow.\n";

        ParsedArticle article = Results.read(TestFiles.write(dir, "a.txt", text)).only();

        assertThat(article.title()).isNull();
        assertThat(article.body()).startsWith("The talks resumed on Monday.");
    }

    @Test
    void aBylineInAScriptWithoutCapitalsIsStillAByline() {
        String text = "By ნინო ბერიძე\n\nსადახლოს ბაზარზე ვაჭრები ერთად მუშაობდნენ.\n";

        ParsedArticle article = Results.read(TestFiles.write(dir, "ka.txt", text)).only();

        assertThat(article.authors()).containsExactly("ნინო ბერიძე");
        assertThat(article.body()).startsWith("სადახლოს ბაზარზე");
    }

    @Test
    void aSentenceStartingWithByIsNotAByline() {
        String text = "By 2030 the corridor could carry ten million tonnes a year.\n\nOfficials disagree.\n";

        ParsedArticle article = Results.read(TestFiles.write(dir, "a.txt", text)).only();

        assertThat(article.authors()).isEmpty();
        assertThat(article.body()).startsWith("By 2030 the corridor");
    }

    @Test
    void sidecarMetadataWinsOverTheFile() {
        Path text = TestFiles.write(dir, "meeting.txt", BYLINE_ARTICLE);
        TestFiles.write(dir, "meeting.meta.json", """
                {"title": "First meeting of public figures", "outlet": "Sidecar Outlet",
                 "authors": ["Leyla Mammadova", "Armen Petrosyan"], "published": "2021-12-27",
                 "language": "en", "url": "https://example.org/news/first-meeting#top"}
                """);

        ParsedArticle article = Results.read(text).only();

        assertThat(article.title()).isEqualTo("First meeting of public figures");
        assertThat(article.outlet()).isEqualTo("Sidecar Outlet");
        assertThat(article.authors()).containsExactly("Leyla Mammadova", "Armen Petrosyan");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2021-12-27T00:00Z"));
        assertThat(article.url()).isEqualTo("https://example.org/news/first-meeting");
        assertThat(article.notes()).isEmpty();
    }

    @Test
    void commandLineMetadataWinsOverSidecarAndFile() {
        Path text = TestFiles.write(dir, "meeting.txt", BYLINE_ARTICLE);
        TestFiles.write(dir, "meeting.meta.json", "{\"outlet\": \"Sidecar Outlet\", \"published\": \"2021-12-27T10:00:00+04:00\", \"language\": \"ru\"}");
        ReadOptions options = new ReadOptions("Command Line Outlet", OffsetDateTime.parse("2022-01-27T09:00:00+04:00"), "az", Map.of());

        ParsedArticle article = Results.read(new FormatDetectingCorpusReader(), options, text).only();

        assertThat(article.outlet()).isEqualTo("Command Line Outlet");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2022-01-27T09:00:00+04:00"));
        assertThat(article.language()).isEqualTo("az");
    }

    @Test
    void aBrokenSidecarStopsItsArticleWithAClearReason() {
        Path text = TestFiles.write(dir, "a.txt", "Title\n\nBody text.\n");
        TestFiles.write(dir, "a.meta.json", "{\"title\": \"x\",,}");

        ParseResult.Failed failure = Results.read(text).onlyFailure();

        assertThat(failure.source()).endsWith("a.txt");
        assertThat(failure.reason()).startsWith("metadata file a.meta.json: invalid JSON").contains("fix or remove it");
    }

    @Test
    void aSidecarDateThatIsNotADateIsRefused() {
        Path text = TestFiles.write(dir, "a.txt", "Title\n\nBody text.\n");
        TestFiles.write(dir, "a.meta.json", "{\"published\": \"27/12/2021\"}");

        assertThat(Results.read(text).onlyFailure().reason())
                .contains("\"published\": \"27/12/2021\" is not a date").contains("2021-12-27");
    }

    @Test
    void unknownSidecarKeysAreNotedNotFatal() {
        Path text = TestFiles.write(dir, "a.txt", "Title\n\nBody text.\n");
        TestFiles.write(dir, "a.meta.json", "{\"titel\": \"typo\"}");

        assertThat(Results.read(text).only().notes()).singleElement().asString().contains("unknown key 'titel'");
    }

    @Test
    void frontMatterIsRead() {
        String text = """
                ---
                title: "Working group meets again"
                outlet: Caucasus Monitor
                authors: [Jane Roe, John Doe]
                published: 2022-01-27T10:00:00+04:00
                language: en
                ---
                The trilateral working group met again on Thursday.
                """;

        ParsedArticle article = Results.read(TestFiles.write(dir, "wg.txt", text)).only();

        assertThat(article.title()).isEqualTo("Working group meets again");
        assertThat(article.outlet()).isEqualTo("Caucasus Monitor");
        assertThat(article.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2022-01-27T10:00:00+04:00"));
        assertThat(article.body()).isEqualTo("The trilateral working group met again on Thursday.");
    }

    @Test
    void aGzippedTextFileIsReadWithItsSidecar() {
        Path gz = TestFiles.write(dir, "meeting.txt.gz", TestFiles.gzip(BYLINE_ARTICLE));
        TestFiles.write(dir, "meeting.meta.json", "{\"title\": \"From the sidecar\"}");

        ParsedArticle article = Results.read(gz).only();

        assertThat(article.title()).isEqualTo("From the sidecar");
        assertThat(article.outlet()).isEqualTo("Caucasus Monitor");
    }
}
