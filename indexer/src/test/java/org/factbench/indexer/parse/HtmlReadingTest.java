package org.factbench.indexer.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReadingTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Talks resume in Moscow | Caucasus Monitor</title>
              <link rel="canonical" href="https://monitor.example/news/talks-resume">
              <meta property="og:site_name" content="Caucasus Monitor">
              <meta property="og:title" content="Talks resume in Moscow (OpenGraph)">
              <meta name="author" content="Meta Author">
              <meta property="article:published_time" content="2021-12-20T08:00:00Z">
              <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Talks resume in Moscow",
                 "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}],
                 "datePublished": "2021-12-24T18:30:00+03:00",
                 "publisher": {"@type": "Organization", "name": "Caucasus Monitor"}}
              </script>
              <style>.ad { color: red }</style>
              <script>document.write("tracking code");</script>
            </head>
            <body>
              <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
              <article>
                <h1>Talks resume in Moscow</h1>
                <p>Public figures from Azerbaijan and Armenia met in Moscow on <b>23-24 December 2021</b>,
                   the first such meeting since the 2020 war.</p>
                <p>The participants discussed humanitarian issues, the return of prisoners and the opening of
                   transport links between the two countries, officials said after the talks.</p>
                <p>Writing &lt;script&gt;alert(1)&lt;/script&gt; in an article is just text about markup.</p>
                <div style="display:none">Hidden promotional text</div>
                <p>A second round is planned for the spring, according to the organisers of the meeting in
                   the Russian capital, who did not give a date.</p>
              </article>
              <footer>Copyright Caucasus Monitor</footer>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    @Test
    void extractsMainTextAndMetadataWithJsonLdFirst() {
        ParsedArticle article = Results.read(TestFiles.write(dir, "talks.html", PAGE)).only();

        assertThat(article.title()).isEqualTo("Talks resume in Moscow");
        assertThat(article.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2021-12-24T18:30:00+03:00"));
        assertThat(article.outlet()).isEqualTo("Caucasus Monitor");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.url()).isEqualTo("https://monitor.example/news/talks-resume");
        assertThat(article.body())
                .contains("Public figures from Azerbaijan and Armenia met in Moscow on 23-24 December 2021, the first")
                .contains("\n\nThe participants discussed")
                .contains("Writing <script>alert(1)</script> in an article is just text about markup.")
                .doesNotContain("tracking code", "Hidden promotional", ".ad {", "<b>", "Home", "Copyright");
    }

    @Test
    void metaTagsServeWhenThereIsNoJsonLd() {
        String page = PAGE.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");

        ParsedArticle article = Results.read(TestFiles.write(dir, "talks.html", page)).only();

        assertThat(article.title()).isEqualTo("Talks resume in Moscow (OpenGraph)");
        assertThat(article.authors()).containsExactly("Meta Author");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2021-12-20T08:00:00Z"));
    }

    @Test
    void brokenHtmlStillGivesItsText() {
        String broken = "<html><body><div><p>Unclosed paragraph about the working group meeting in Moscow"
                + "<p>Another one <b>bold <i>nested</b> wrongly</div></span></table>"
                + "<p>The last paragraph says the sides agreed to meet again.";

        ParsedArticle article = Results.read(TestFiles.write(dir, "broken.html", broken)).only();

        assertThat(article.body()).contains("Unclosed paragraph about the working group", "bold nested wrongly",
                "agreed to meet again");
        assertThat(article.body()).doesNotContain("<", ">");
    }

    @Test
    void aPageInALegacyEncodingIsDecodedByItsMetaCharset() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "<title>Встреча в Москве</title></head><body><p>Первая встреча общественных деятелей двух стран "
                + "состоялась в Москве в конце декабря, сообщил посол журналистам.</p></body></html>";

        ParsedArticle article = Results.read(TestFiles.write(dir, "ru.html", page.getBytes(Charset.forName("windows-1251")))).only();

        assertThat(article.title()).isEqualTo("Встреча в Москве");
        assertThat(article.body()).startsWith("Первая встреча");
        assertThat(article.language()).isEqualTo("ru");
    }

    @Test
    void aPageWithoutTextIsReportedNotStored() {
        String empty = "<html><head><title>Nothing here</title></head><body><script>x()</script><img src=a.png></body></html>";

        ParseResult.Failed failure = Results.read(TestFiles.write(dir, "empty.html", empty)).onlyFailure();

        assertThat(failure.reason()).startsWith("no text");
    }
}
