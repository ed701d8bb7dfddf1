package org.factbench.indexer.parse.html;

import net.dankito.readability4j.Article;
import org.factbench.indexer.normalize.Bylines;
import org.factbench.indexer.normalize.DecodedText;
import org.factbench.indexer.normalize.TextDecoder;
import org.factbench.indexer.normalize.TextNormalizer;
import org.factbench.indexer.parse.ParsedArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One web page to one article: the main content as text paragraphs (Readability, the algorithm behind
 * Firefox Reader View, through readability4j), plus the page's own metadata. When Readability finds little
 * or no main content, the page's {@code <article>}, {@code <main>} or body text is used, with a note.
 * Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {

    /** Less main content than this (in characters) means Readability picked a fragment, not the article. */
    private static final int MIN_CONTENT_CHARS = 140;
    /**
     * Below this, Readability may have picked a cookie notice or a footer; if the page marks an article
     * element holding at least three times as much text, that is the better guess.
     */
    private static final int SHORT_CONTENT_CHARS = 1500;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-:.]+)",
            Pattern.CASE_INSENSITIVE);
    private static final String PLACEHOLDER_URL = "http://localhost/";

    private final HtmlLimits limits;

    public HtmlArticleExtractor() {
        this(HtmlLimits.DEFAULT);
    }

    public HtmlArticleExtractor(HtmlLimits limits) {
        this.limits = limits;
    }

    /**
     * @param declared the charset an HTTP header declared, or null
     * @param pageUrl  where the page was fetched from (WARC target URI), or null for a file
     */
    public ParsedArticle extract(String source, byte[] html, int length, Charset declared, String pageUrl) {
        Charset charset = declared != null ? declared : TextDecoder.charsetFor(metaCharset(html, length));
        DecodedText decoded = TextDecoder.decode(html, length, charset);
        return extract(source, decoded.text(), pageUrl, decoded.notes());
    }

    /** @throws TooComplexException when the page is over the {@link HtmlLimits} */
    public ParsedArticle extract(String source, String html, String pageUrl, List<String> notes) {
        long deadline = System.nanoTime() + limits.timeLimit().toNanos();
        // Without a page URL relative links stay unresolved rather than pointing at a made-up host.
        String base = pageUrl == null ? PLACEHOLDER_URL : pageUrl;
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        checkStructure(doc);
        HtmlMetadata metadata = HtmlMetadata.read(doc);
        ParsedArticle.Builder draft = ParsedArticle.builder(source)
                .notes(notes)
                .url(metadata.canonicalUrl() != null ? metadata.canonicalUrl() : pageUrl)
                .title(metadata.title())
                .outlet(metadata.siteName())
                .authors(metadata.authors())
                .published(metadata.published())
                .language(metadata.language());

        // Readability drops style attributes before we see its output, so hidden text must go first.
        doc.select(HtmlText.HIDDEN).remove();
        unwrapPageForms(doc);
        Article article = BoundedReadability.parse(base, doc, deadline, describe(limits.timeLimit()));
        String body = article.getArticleContent() == null ? "" : HtmlText.of(article.getArticleContent());
        String title = metadata.title() != null ? metadata.title() : article.getTitle();
        draft.title(title);
        if (metadata.authors().isEmpty() && article.getByline() != null) {
            // readability4j's own byline search, for the rare page where ours found nothing
            draft.authors(Bylines.split(article.getByline()));
        }
        int found = body.strip().length();
        if (found < SHORT_CONTENT_CHARS) {
            Fallback fallback = fallback(html);
            int length = fallback.text().strip().length();
            if (fallback.semantic() && length >= 3 * found) {
                draft.note("little main content found; the page's " + fallback.element() + " text was used");
                body = fallback.text();
            } else if ((found < MIN_CONTENT_CHARS && length > found) || length >= 8 * found) {
                draft.note("no main content found; the page's " + fallback.element() + " text was used");
                body = fallback.text();
            }
        }
        return draft.body(withoutLeadingTitle(body, title)).build();
    }

    /** Refuses a page nested deeper or holding more nodes than the limits, before Readability's work explodes on it. */
    private void checkStructure(Document doc) {
        int[] nodes = {0};
        int[] deepest = {0};
        doc.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deepest[0] = Math.max(deepest[0], depth);
                return ++nodes[0] > limits.maxNodes() || depth > limits.maxDepth() ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        });
        if (deepest[0] > limits.maxDepth()) {
            throw new TooComplexException("too complex: elements nested more than " + limits.maxDepth()
                    + " deep (real pages rarely exceed 40); skipped");
        }
        if (nodes[0] > limits.maxNodes()) {
            throw new TooComplexException(String.format(Locale.ROOT,
                    "too complex: more than %,d HTML nodes in one page; skipped", limits.maxNodes()));
        }
    }

    private static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /**
     * The page's own idea of its main content — the largest {@code <article>}, else {@code <main>} or the
     * element marked as the article body — or, failing that, the whole body; navigation and page furniture
     * removed either way.
     */
    private static Fallback fallback(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(HtmlText.HIDDEN).remove();
        unwrapPageForms(doc);
        doc.select("nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]").remove();
        Element article = doc.select("article, [itemprop=articleBody]").stream()
                .max(Comparator.comparingInt(e -> e.text().length()))
                .orElse(null);
        if (article != null) {
            return new Fallback(HtmlText.of(article), true, "<" + article.normalName() + ">");
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) {
            return new Fallback(HtmlText.of(main), true, "<main>");
        }
        return new Fallback(doc.body() == null ? "" : HtmlText.of(doc.body()), false, "<body>");
    }

    /**
     * Some sites (ASP.NET's one form per page, old CMSs) wrap the whole page in a {@code <form>}. Readability drops
     * forms as page furniture, and so does our fallback, so such a page came out with no text at all. A form holding
     * most of the page's text is such a wrapper, not a search box or a comment form: its content stays, the form goes.
     */
    static void unwrapPageForms(Document doc) {
        if (doc.body() == null) {
            return;
        }
        int pageText = doc.body().text().length();
        for (Element form : doc.body().select("form")) {
            if (pageText > 0 && form.parent() != null && form.text().length() * 2 >= pageText) {
                form.unwrap();
            }
        }
    }

    private record Fallback(String text, boolean semantic, String element) {
    }

    /** Pages repeat their title as the first heading; the title is stored apart, so the body need not start with it. */
    private static String withoutLeadingTitle(String body, String title) {
        String normalized = TextNormalizer.body(body);
        String wanted = TextNormalizer.inline(title);
        int end = normalized.indexOf("\n\n");
        if (wanted == null || end < 0 || !normalized.substring(0, end).equals(wanted)) {
            return body;
        }
        return normalized.substring(end + 2);
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
