package org.factbench.indexer.parse.html;

import org.factbench.indexer.normalize.Bylines;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page says about itself, from the most to the least deliberate source: JSON-LD, then Dublin Core,
 * OpenGraph and other meta tags, then the document title and {@code <html lang>}. Read before the content
 * extractor rearranges the document.
 */
record HtmlMetadata(String title, List<String> authors, String published, String siteName, String language,
                    String canonicalUrl) {

    private static final Pattern KNOWN_PROPERTY = Pattern.compile(
            "(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)");
    private static final String[] TITLE_KEYS = {
        "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title",
        "parsely-title"};
    private static final String[] AUTHOR_KEYS = {
        "dc:creator", "dcterm:creator", "author", "article:author", "parsely-author", "sailthru.author", "byl"};
    private static final String[] PUBLISHED_KEYS = {
        "article:published_time", "og:article:published_time", "parsely-pub-date", "datepublished", "pubdate",
        "publishdate", "publish-date", "dc:date:issued", "dcterms:issued", "dcterms:created", "dc:date", "date",
        "sailthru.date", "article.published", "og:published_time"};
    private static final String[] SITE_KEYS = {"og:site_name", "application-name"};
    private static final String[] LANGUAGE_KEYS = {"content-language", "language", "dc:language", "og:locale"};

    static HtmlMetadata read(Document doc) {
        Map<String, String> meta = metaValues(doc);
        JsonLd jsonLd = JsonLd.find(doc);
        String title = first(jsonLd.title(doc.title()), first(meta, TITLE_KEYS), DocumentTitle.of(doc));
        List<String> authors = jsonLd.authors().isEmpty() ? authorsFromMeta(meta) : jsonLd.authors();
        if (authors.isEmpty()) {
            authors = Bylines.split(ContentByline.find(doc));
        }
        String published = first(jsonLd.datePublished(), first(meta, PUBLISHED_KEYS), timeElement(doc));
        String site = first(jsonLd.publisher(), first(meta, SITE_KEYS));
        String language = first(rootLanguage(doc), first(meta, LANGUAGE_KEYS), jsonLd.inLanguage());
        String canonical = first(canonicalLink(doc), meta.get("og:url"), jsonLd.url());
        return new HtmlMetadata(title, authors, published, site, language, canonical);
    }

    /**
     * Every meta tag by its property, name, itemprop or http-equiv, lower-cased, with "." unified to ":"
     * (DC.creator and dc:creator are the same field); a prefixed property such as "og:article:author" also
     * counts as "article:author". A later tag overwrites an earlier one, as in Readability.
     */
    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element element : doc.select("meta")) {
            String content = element.hasAttr("content") ? element.attr("content") : element.attr("datetime");
            if (content.isBlank()) {
                continue;
            }
            String value = unescape(content.strip());
            for (String attribute : List.of("name", "itemprop", "http-equiv", "property")) {
                for (String key : element.attr(attribute).split("\\s+")) {
                    if (!key.isBlank()) {
                        values.put(normalizeKey(key), value);
                        Matcher known = KNOWN_PROPERTY.matcher(key.toLowerCase(Locale.ROOT));
                        if (attribute.equals("property") && known.find()) {
                            values.put(known.group(1) + ":" + known.group(2), value);
                        }
                    }
                }
            }
        }
        return values;
    }

    private static String normalizeKey(String key) {
        String lower = key.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("sailthru.") || lower.startsWith("article.") ? lower : lower.replace('.', ':');
    }

    /** Some sites escape entities twice ("&amp;amp;"); the parser removes one level, this the other. */
    private static String unescape(String value) {
        return value.contains("&") && value.contains(";") ? Parser.unescapeEntities(value, true) : value;
    }

    /** Meta authors, except profile links (article:author is often a URL) which name no one. */
    private static List<String> authorsFromMeta(Map<String, String> meta) {
        for (String key : AUTHOR_KEYS) {
            String value = meta.get(key);
            if (value != null && !value.startsWith("http")) {
                return Bylines.split(value);
            }
        }
        return List.of();
    }

    private static String timeElement(Document doc) {
        Element time = doc.selectFirst("time[pubdate][datetime], article time[datetime], [itemprop=datePublished][datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private static String rootLanguage(Document doc) {
        Element html = doc.selectFirst("html");
        if (html == null) {
            return null;
        }
        String lang = html.attr("lang");
        return lang.isBlank() ? html.attr("xml:lang") : lang;
    }

    private static String canonicalLink(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link == null) {
            return null;
        }
        String absolute = link.absUrl("href");
        return absolute.isEmpty() ? link.attr("href") : absolute;
    }

    private static String first(Map<String, String> values, String[] keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
