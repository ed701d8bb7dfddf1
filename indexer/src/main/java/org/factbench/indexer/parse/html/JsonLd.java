package org.factbench.indexer.parse.html;

import org.factbench.indexer.parse.JsonValues;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The schema.org article object a page describes itself with in JSON-LD ({@code NewsArticle}, {@code BlogPosting},
 * ...): the most reliable metadata a page has, because publishers fill it for search engines.
 */
record JsonLd(String name, String headline, List<String> authors, String datePublished, String publisher,
              String inLanguage, String url) {

    static final JsonLd NONE = new JsonLd(null, null, List.of(), null, null, null, null);

    /** Article and its subtypes (NewsArticle, ReportageNewsArticle, ...), postings (BlogPosting, ...), reports. */
    private static final Pattern ARTICLE_TYPE = Pattern.compile(".*(Article|Posting)|Report|APIReference");

    /** Pages write JSON-LD by hand: tolerate what browsers and search engines tolerate. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    static JsonLd find(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data().strip().replaceAll("^<!\\[CDATA\\[|]]>$", "");
            try {
                JsonNode article = findArticle(MAPPER.readTree(json));
                if (article != null) {
                    return from(article);
                }
            } catch (JacksonException e) {
                // broken JSON-LD is common; the meta tags still describe the page
            }
        }
        return NONE;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                JsonNode found = findArticle(element);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticle(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode element : type) {
                if (isArticle(element)) {
                    return true;
                }
            }
            return false;
        }
        String name = JsonValues.text(type);
        if (name == null) {
            return false;
        }
        String local = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
        return ARTICLE_TYPE.matcher(local).matches();
    }

    private static JsonLd from(JsonNode article) {
        List<String> authors = new ArrayList<>(JsonValues.names(article.get("author")));
        if (authors.isEmpty()) {
            authors.addAll(JsonValues.names(article.get("creator")));
        }
        List<String> publishers = JsonValues.names(article.get("publisher"));
        return new JsonLd(JsonValues.text(article.get("name")), JsonValues.text(article.get("headline")), authors,
                JsonValues.text(article.get("datePublished")), publishers.isEmpty() ? null : publishers.getFirst(),
                language(article.get("inLanguage")), url(article));
    }

    private static String language(JsonNode node) {
        if (node != null && node.isObject()) {
            String code = JsonValues.text(node.get("alternateName"));
            return code != null ? code : JsonValues.text(node.get("name"));
        }
        return JsonValues.text(node);
    }

    private static String url(JsonNode article) {
        String url = JsonValues.text(article.get("url"));
        if (url != null) {
            return url;
        }
        JsonNode main = article.get("mainEntityOfPage");
        if (main != null && main.isObject()) {
            return JsonValues.text(main.get("@id"));
        }
        return JsonValues.text(main);
    }

    /**
     * The title: when "name" and "headline" differ, the one that resembles the document's {@code <title>};
     * sites put the SEO title in one and the display headline in the other, with no rule which. A name that
     * is the publisher's is the site, not the article.
     */
    String title(String documentTitle) {
        if (name != null && headline != null && name.equals(publisher)) {
            return headline;
        }
        if (name != null && headline != null && !name.equals(headline) && documentTitle != null) {
            boolean headlineMatches = similarity(headline, documentTitle) > 0.75;
            boolean nameMatches = similarity(name, documentTitle) > 0.75;
            return headlineMatches && !nameMatches ? headline : name;
        }
        return name != null ? name : headline;
    }

    /** Share of {@code b}'s words (by length) that also occur in {@code a}. */
    static double similarity(String a, String b) {
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        int total = String.join(" ", wordsB).length();
        int missing = String.join(" ", wordsB.stream().filter(w -> !wordsA.contains(w)).toList()).length();
        return 1 - (double) missing / total;
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
    }
}
