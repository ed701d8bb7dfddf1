package org.factbench.indexer.parse.feed;

import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.parse.ArticleSink;
import org.factbench.indexer.parse.JsonValues;
import org.factbench.indexer.parse.html.HtmlText;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (jsonfeed.org): one article per item, like RSS and Atom. */
public final class JsonFeed {

    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

    private JsonFeed() {
    }

    public static boolean isJsonFeed(JsonNode root) {
        if (root == null || !root.isObject()) {
            return false;
        }
        String version = JsonValues.text(root.get("version"));
        return version != null && version.startsWith(VERSION_PREFIX);
    }

    public static void read(JsonNode feed, String source, ArticleSink sink) {
        JsonNode items = feed.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            sink.failed(source, "the feed has no items");
            return;
        }
        String outlet = JsonValues.text(feed.get("title"));
        String feedLanguage = JsonValues.text(feed.get("language"));
        List<String> feedAuthors = authors(feed);
        int index = 0;
        for (JsonNode item : items) {
            index++;
            String itemSource = source + "#item " + index;
            String body = body(item);
            if (body.isBlank()) {
                sink.failed(itemSource, "item " + index + ": no text, neither content_html, content_text nor summary");
                continue;
            }
            List<String> itemAuthors = authors(item);
            String language = JsonValues.text(item.get("language"));
            String url = JsonValues.text(item.get("url"));
            sink.article(ParsedArticle.builder(itemSource)
                    .title(JsonValues.text(item.get("title")))
                    .url(url != null ? url : JsonValues.text(item.get("external_url")))
                    .outlet(outlet)
                    .authors(itemAuthors.isEmpty() ? feedAuthors : itemAuthors)
                    .published(JsonValues.text(item.get("date_published")))
                    .language(language != null ? language : feedLanguage)
                    .body(body)
                    .build());
        }
    }

    private static String body(JsonNode item) {
        String html = JsonValues.text(item.get("content_html"));
        if (html != null && !html.isBlank()) {
            return HtmlText.fromFragment(html);
        }
        String text = JsonValues.text(item.get("content_text"));
        if (text != null && !text.isBlank()) {
            return text;
        }
        String summary = JsonValues.text(item.get("summary"));
        return summary == null ? "" : summary;
    }

    /** Version 1.1 has "authors", 1.0 a single "author". */
    private static List<String> authors(JsonNode node) {
        List<String> names = new ArrayList<>(JsonValues.names(node.get("authors")));
        if (names.isEmpty()) {
            names.addAll(JsonValues.names(node.get("author")));
        }
        return names;
    }
}
