package org.factbench.indexer.parse.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.parse.ArticleSink;
import org.factbench.indexer.parse.FormatReader;
import org.factbench.indexer.parse.InputFile;
import org.factbench.indexer.parse.html.HtmlText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RSS 0.9x, 1.0, 2.0 and Atom through Rome: one article per item, its text from the item's content, else its
 * description, with markup stripped. The feed's title is the outlet. A feed must fit in memory (XML is
 * parsed as a whole), so it is held to the document size limit.
 */
public final class FeedReader implements FormatReader {

    /** RSS 2.0 writes authors as "jane@example.org (Jane Roe)". */
    private static final Pattern NAME_AFTER_EMAIL = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)\\s*$");

    @Override
    public void read(InputFile input, ArticleSink sink) throws IOException {
        byte[] xml = input.readDocument();
        SyndFeed feed;
        try {
            feed = parse(xml);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            sink.failed(input.source(), "not a valid RSS or Atom feed: " + message(e));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries == null || entries.isEmpty()) {
            sink.failed(input.source(), "the feed has no items");
            return;
        }
        int index = 0;
        for (SyndEntry entry : entries) {
            index++;
            String source = input.source() + "#item " + index;
            String body = body(entry);
            if (body.isBlank()) {
                sink.failed(source, "item " + index + describe(entry) + ": no text, neither content nor description");
                continue;
            }
            sink.article(ParsedArticle.builder(source)
                    .title(plain(entry.getTitle()))
                    .url(link(entry, feed))
                    .outlet(plain(feed.getTitle()))
                    .authors(authors(entry))
                    .published(date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()))
                    .language(feed.getLanguage())
                    .body(body)
                    .build());
        }
    }

    /**
     * Doctypes are allowed because RSS 0.91 declares one; Rome's parser still neither fetches external DTDs
     * nor expands external entities (a test holds it to that).
     */
    private static SyndFeed parse(byte[] xml) throws IOException, FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(true);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml), true)) {
            return input.build(reader);
        }
    }

    private static String body(SyndEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SyndContent content : entry.getContents()) {
            parts.add(text(content));
        }
        String body = String.join("\n\n", parts);
        if (body.isBlank() && entry.getDescription() != null) {
            body = text(entry.getDescription());
        }
        return body;
    }

    private static String text(SyndContent content) {
        String value = content.getValue();
        if (value == null) {
            return "";
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? value : HtmlText.fromFragment(value);
    }

    private static String plain(String value) {
        if (value == null || (value.indexOf('<') < 0 && value.indexOf('&') < 0)) {
            return value;
        }
        return HtmlText.fromFragment(value);
    }

    private static String link(SyndEntry entry, SyndFeed feed) {
        String link = entry.getLink();
        if (link == null) {
            for (SyndLink candidate : entry.getLinks()) {
                if (candidate.getRel() == null || candidate.getRel().equals("alternate")) {
                    link = candidate.getHref();
                    break;
                }
            }
        }
        if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
            link = entry.getUri();
        }
        return resolve(link == null ? null : link.strip(), feed.getLink());
    }

    /** Relative item links are relative to the feed's own link. */
    private static String resolve(String link, String base) {
        if (link == null || base == null || link.startsWith("http")) {
            return link;
        }
        try {
            return URI.create(base.strip()).resolve(link).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    private static List<String> authors(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null) {
                names.add(person.getName());
            }
        }
        if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            Matcher matcher = NAME_AFTER_EMAIL.matcher(entry.getAuthor().strip());
            names.add(matcher.matches() ? matcher.group(1) : entry.getAuthor());
        }
        return names;
    }

    private static OffsetDateTime date(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String describe(SyndEntry entry) {
        String title = plain(entry.getTitle());
        return title == null || title.isBlank() ? "" : " ('" + abbreviate(title.strip()) + "')";
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String message(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
