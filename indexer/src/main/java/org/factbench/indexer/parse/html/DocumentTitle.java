package org.factbench.indexer.parse.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.regex.Pattern;

/**
 * The article title hidden in a {@code <title>} like "Talks resume in Moscow | Caucasus Monitor": the site's
 * part removed, unless that would leave too little of it. The same heuristic as Mozilla's Readability, whose
 * output the accuracy test compares against.
 */
final class DocumentTitle {

    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern SEPARATOR_CHARS = Pattern.compile("[|\\-–—\\\\/>»]+");

    private DocumentTitle() {
    }

    static String of(Document doc) {
        String original = doc.title().strip();
        if (original.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            return h1 == null ? null : h1.text();
        }
        String title = original;
        boolean hierarchical = false;
        var separator = SEPARATOR.matcher(original);
        if (separator.find()) {
            hierarchical = HIERARCHICAL.matcher(original).find();
            title = beforeLastSeparator(original);
            if (wordCount(title) < 3) {
                title = original.substring(separator.end());
            }
        } else if (original.contains(": ")) {
            if (!headingEquals(doc, original)) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (wordCount(title) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                }
            }
        } else if (original.length() > 150 || original.length() < 15) {
            Elements h1 = doc.select("h1");
            if (h1.size() == 1) {
                title = h1.getFirst().text();
            }
        }
        title = title.strip();
        int words = wordCount(title);
        if (words <= 4 && (!hierarchical || words != wordCount(SEPARATOR_CHARS.matcher(original).replaceAll("")) - 1)) {
            title = original;
        }
        return title;
    }

    private static String beforeLastSeparator(String title) {
        var matcher = SEPARATOR.matcher(title);
        int last = -1;
        while (matcher.find()) {
            last = matcher.start();
        }
        return title.substring(0, last);
    }

    private static boolean headingEquals(Document doc, String text) {
        for (Element heading : doc.select("h1, h2")) {
            if (heading.text().strip().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static int wordCount(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
