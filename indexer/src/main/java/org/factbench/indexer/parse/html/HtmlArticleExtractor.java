package org.factbench.indexer.parse.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.factbench.indexer.normalize.Bylines;
import org.factbench.indexer.normalize.DecodedText;
import org.factbench.indexer.normalize.TextDecoder;
import org.factbench.indexer.parse.ArticleDraft;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One web page to one article: the main content as text paragraphs (Readability, the algorithm behind
 * Firefox Reader View, through readability4j), plus the page's own metadata. When Readability finds no
 * main content, the page's {@code <article>}, {@code <main>} or body text is used, with a note.
 * Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {

    /** Less main content than this (in characters) means Readability picked a fragment, not the article. */
    private static final int MIN_CONTENT_CHARS = 140;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-:.]+)",
            Pattern.CASE_INSENSITIVE);
    private static final String PLACEHOLDER_URL = "http://localhost/";

    /**
     * @param declared the charset an HTTP header declared, or null
     * @param pageUrl  where the page was fetched from (WARC target URI), or null for a file
     */
    public ArticleDraft extract(String source, byte[] html, int length, Charset declared, String pageUrl) {
        Charset charset = declared != null ? declared : TextDecoder.charsetFor(metaCharset(html, length));
        DecodedText decoded = TextDecoder.decode(html, length, charset);
        return extract(source, decoded.text(), pageUrl, decoded.notes());
    }

    public ArticleDraft extract(String source, String html, String pageUrl, List<String> notes) {
        // Without a page URL relative links stay unresolved rather than pointing at a made-up host.
        String base = pageUrl == null ? PLACEHOLDER_URL : pageUrl;
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        HtmlMetadata metadata = HtmlMetadata.read(doc);
        ArticleDraft.Builder draft = ArticleDraft.builder(source)
                .notes(notes)
                .url(metadata.canonicalUrl() != null ? metadata.canonicalUrl() : pageUrl)
                .title(metadata.title())
                .outlet(metadata.siteName())
                .authors(metadata.authors())
                .published(metadata.published())
                .language(metadata.language());

        Article article = new Readability4JExtended(base, doc).parse();
        String body = article.getArticleContent() == null ? "" : HtmlText.of(article.getArticleContent());
        if (metadata.title() == null) {
            draft.title(article.getTitle());
        }
        if (metadata.authors().isEmpty() && article.getByline() != null) {
            draft.authors(Bylines.split(article.getByline()));
        }
        if (body.strip().length() < MIN_CONTENT_CHARS) {
            String whole = wholePageText(html, base);
            if (whole.strip().length() > body.strip().length()) {
                draft.note("no main content found; the whole page text was used");
                body = whole;
            }
        }
        return draft.body(body).build();
    }

    /** The largest {@code <article>}, else {@code <main>}, else the body, without navigation and page furniture. */
    private static String wholePageText(String html, String base) {
        Document doc = Jsoup.parse(html, base);
        doc.select("nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]").remove();
        Element root = doc.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length()))
                .orElseGet(() -> {
                    Element main = doc.selectFirst("main, [role=main]");
                    return main != null ? main : doc.body();
                });
        return root == null ? "" : HtmlText.of(root);
    }

    /** The charset a page declares in its first bytes ({@code <meta charset>} or an XML declaration). */
    static String metaCharset(byte[] html, int length) {
        String head = new String(html, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
