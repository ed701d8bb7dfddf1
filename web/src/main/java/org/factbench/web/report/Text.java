package org.factbench.web.report;

/**
 * Untrusted text on its way into a format. {@link #clean} first drops what no format should carry: characters
 * XML 1.0 forbids (the PDF's HTML is parsed as XML), lone surrogates, and the explicit bidi embedding, override
 * and isolate controls that could make a quote read in another order than it was written (marks such as RLM stay:
 * they only hint a direction). Then each format escapes its own control characters.
 */
final class Text {

    private Text() {
    }

    static String clean(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') return true;
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff) return false;
        return !((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069'));
    }

    /** Text for HTML and XHTML element content and attribute values (quoted with either quote). */
    static String html(String text) {
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Inline Markdown text: every ASCII punctuation character backslash-escaped (CommonMark allows that for all of
     * them, so no emphasis, link, HTML tag, entity or table cell can start), line breaks folded into spaces so the
     * text cannot open a heading, list or code block.
     */
    static String markdown(String text) {
        String clean = clean(text).replaceAll("[\\r\\n\\t]+", " ");
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c < 0x80 && isPunctuation(c)) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** An http(s) URL to put in an href, or null: anything else (javascript:, data:) is shown as text only. */
    static String safeUrl(String url) {
        if (url == null) return null;
        String u = clean(url).strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && u.chars().noneMatch(Character::isWhitespace) ? u : null;
    }
}
