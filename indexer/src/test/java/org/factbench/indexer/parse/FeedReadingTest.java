package org.factbench.indexer.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class FeedReadingTest {

    @TempDir
    Path dir;

    @Test
    void rss2ItemsBecomeArticles() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                  <title>Caucasus Monitor</title><link>https://monitor.example/</link><language>en-us</language>
                  <item>
                    <title>Talks resume in Moscow</title>
                    <link>/news/talks</link>
                    <author>jane@monitor.example (Jane Roe)</author>
                    <pubDate>Fri, 24 Dec 2021 18:30:00 +0300</pubDate>
                    <description>&lt;p&gt;Public figures met in &lt;b&gt;Moscow&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description>
                  </item>
                  <item><title>Only a title</title></item>
                </channel></rss>
                """;

        Results results = Results.read(TestFiles.write(dir, "monitor.rss", rss));

        ParsedArticle article = results.parsed.getFirst();
        assertThat(results.parsed).hasSize(1);
        assertThat(article.title()).isEqualTo("Talks resume in Moscow");
        assertThat(article.url()).isEqualTo("https://monitor.example/news/talks");
        assertThat(article.authors()).containsExactly("Jane Roe");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2021-12-24T15:30:00Z"));
        assertThat(article.outlet()).isEqualTo("Caucasus Monitor");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body()).isEqualTo("Public figures met in Moscow.\n\nSecond paragraph.");
        assertThat(article.source()).endsWith("monitor.rss#item 1");
        assertThat(results.onlyFailure().reason()).isEqualTo("item 2 ('Only a title'): no text, neither content nor description");
    }

    @Test
    void atomEntriesUseTheirContent() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Region Desk</title><id>urn:uuid:feed</id><updated>2022-01-27T10:00:00Z</updated>
                  <entry>
                    <title>Working group meets</title>
                    <link rel="alternate" href="https://desk.example/wg"/>
                    <id>urn:uuid:1</id>
                    <published>2022-01-27T09:00:00+04:00</published><updated>2022-01-27T10:00:00Z</updated>
                    <author><name>John Doe</name></author>
                    <summary>Short summary.</summary>
                    <content type="html">&lt;p&gt;The trilateral working group met on Thursday.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """;

        ParsedArticle article = Results.read(TestFiles.write(dir, "desk.xml", atom)).only();

        assertThat(article.title()).isEqualTo("Working group meets");
        assertThat(article.url()).isEqualTo("https://desk.example/wg");
        assertThat(article.authors()).containsExactly("John Doe");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2022-01-27T05:00:00Z"));
        assertThat(article.outlet()).isEqualTo("Region Desk");
        assertThat(article.body()).isEqualTo("The trilateral working group met on Thursday.");
    }

    @Test
    void rss1ItemsAreRead() {
        String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://monitor.example/"><title>Monitor</title><link>https://monitor.example/</link>
                    <description>d</description><items><rdf:Seq><rdf:li resource="https://monitor.example/a"/></rdf:Seq></items></channel>
                  <item rdf:about="https://monitor.example/a"><title>A</title><link>https://monitor.example/a</link>
                    <description>Item text of an RSS 1.0 feed.</description><dc:creator>Jane Roe</dc:creator><dc:date>2021-12-27T10:00:00Z</dc:date></item>
                </rdf:RDF>
                """;

        ParsedArticle article = Results.read(TestFiles.write(dir, "monitor.rdf", rdf)).only();

        assertThat(article.body()).isEqualTo("Item text of an RSS 1.0 feed.");
        assertThat(article.authors()).containsExactly("Jane Roe");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2021-12-27T10:00:00Z"));
    }

    @Test
    void aFeedWithNoItemsIsReported() {
        String rss = "<rss version=\"2.0\"><channel><title>Empty</title><link>https://x.example/</link><description>d</description></channel></rss>";

        ParseResult.Failed failure = Results.read(TestFiles.write(dir, "empty.rss", rss)).onlyFailure();

        assertThat(failure.reason()).isEqualTo("the feed has no items");
        assertThat(failure.source()).endsWith("empty.rss");
    }

    @Test
    void brokenXmlIsReported() {
        String rss = "<rss version=\"2.0\"><channel><title>Cut off</title><item><title>x</title><description>y";

        assertThat(Results.read(TestFiles.write(dir, "cut.rss", rss)).onlyFailure().reason())
                .startsWith("not a valid RSS or Atom feed: ");
    }

    @Test
    void externalEntitiesAreNeverExpanded() {
        Path secret = TestFiles.write(dir, "secret.txt", "TOP-SECRET-CONTENT");
        String rss = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description>"
                + "<item><title>i</title><description>before &xxe; after</description></item></channel></rss>";

        Results results = Results.read(TestFiles.write(dir, "xxe.rss", rss));

        assertThat(results.parsed).allSatisfy(a -> assertThat(a.body()).doesNotContain("TOP-SECRET"));
        assertThat(results.failed).allSatisfy(f -> assertThat(f.reason()).doesNotContain("TOP-SECRET"));
        assertThat(results.parsed.size() + results.failed.size()).isPositive();
    }
}
