package org.factbench.indexer.parse.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The byline printed in the page when no metadata names the author: the first element marked as an author
 * link, an author property, or with a class or id like "byline" — outside comment sections, whose
 * commenters are authors too but not of the article.
 */
final class ContentByline {

    private static final String CANDIDATES = "[rel=author], [itemprop~=(?i)\\bauthor\\b], "
            + "[class~=(?i)(byline|author|writtenby)(?![a-z])], [id~=(?i)(byline|author|writtenby)(?![a-z])]";
    private static final Pattern COMMENTS = Pattern.compile("comment|respond|reply|discuss", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 100;

    private ContentByline() {
    }

    static String find(Document doc) {
        for (Element candidate : doc.select(CANDIDATES)) {
            if (isFormOrMeta(candidate) || inComments(candidate)) {
                continue;
            }
            Element name = candidate.selectFirst("[itemprop=name]");
            String text = (name != null ? name : candidate).text().strip();
            if (!text.isEmpty() && text.length() < MAX_LENGTH) {
                return text;
            }
        }
        return null;
    }

    private static boolean isFormOrMeta(Element element) {
        String tag = element.normalName().toLowerCase(Locale.ROOT);
        return tag.equals("meta") || tag.equals("link") || tag.equals("input") || tag.equals("label")
                || tag.equals("textarea") || tag.equals("script") || tag.equals("style");
    }

    private static boolean inComments(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (COMMENTS.matcher(e.className()).find() || COMMENTS.matcher(e.id()).find()) {
                return true;
            }
        }
        return false;
    }
}
