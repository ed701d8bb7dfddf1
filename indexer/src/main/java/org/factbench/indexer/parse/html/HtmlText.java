package org.factbench.indexer.parse.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.Set;

/**
 * Plain text from HTML with the paragraph structure kept: every block element (paragraph, heading, list
 * item, table row, ...) becomes its own paragraph, a {@code <br>} a line break, and nothing of the markup
 * survives. Scripts, styles, forms, media and hidden elements contribute no text.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "ul", "body", "html");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SILENT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head",
            "button", "select", "option", "input", "textarea", "canvas", "audio", "video", "img", "picture",
            "source", "map", "title", "meta", "link");

    /** Elements a browser does not show: their text is not part of the article. */
    static final String HIDDEN = "[hidden], [aria-hidden=true], "
            + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    private HtmlText() {
    }

    /** Text of an HTML fragment such as a feed item's description; the fragment is parsed as a body. */
    public static String fromFragment(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** Text of an element: paragraphs separated by blank lines, lines inside them by single line breaks. */
    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendCollapsed(text.getWholeText(), out);
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (SILENT.contains(tag) || isHidden(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    } else if (CELLS.contains(tag)) {
                        out.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append("\n\n");
                }
                return FilterResult.CONTINUE;
            }
        });
        return out.toString();
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** Whitespace inside text nodes is layout, not content: runs become one space and lines never start indented. */
    private static void appendCollapsed(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && c != '\u00A0') {
                char last = out.isEmpty() ? '\n' : out.charAt(out.length() - 1);
                if (last != ' ' && last != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }
}
