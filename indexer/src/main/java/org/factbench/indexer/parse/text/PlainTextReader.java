package org.factbench.indexer.parse.text;

import org.factbench.indexer.normalize.Bylines;
import org.factbench.indexer.normalize.DecodedText;
import org.factbench.indexer.normalize.TextDecoder;
import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.parse.ArticleSink;
import org.factbench.indexer.parse.FormatReader;
import org.factbench.indexer.parse.InputFile;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain text file is one article. Its head may carry metadata in one of three shapes, tried in order:
 * <ol>
 *   <li>front matter: a first line "---", lines "key: value", a closing "---";</li>
 *   <li>a byline block: "By &lt;outlet&gt;", blank line, "By &lt;author&gt;" (the seed corpus), or a single
 *       "By &lt;author&gt;" line followed by a blank line;</li>
 *   <li>a title line: one short line without a closing full stop, then a blank line (the BBC corpus).</li>
 * </ol>
 * Everything after the head is the body.
 */
public final class PlainTextReader implements FormatReader {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /**
     * "By" and a name that starts with a capital — or with a letter of a script that writes names without capitals:
     * Georgian (Mkhedruli letters are lower case to Unicode, but Georgian has no capitals in running text), Arabic,
     * Hebrew, CJK. "By 2030 the corridor ..." still stays body text.
     */
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:By|BY|by)\\s+((?:\\p{Lu}|\\p{Lt}|\\p{Lo}|\\p{IsGeorgian}).*?)\\s*$");
    private static final int MAX_BYLINE = 100;
    private static final int MAX_TITLE = 150;

    @Override
    public void read(InputFile input, ArticleSink sink) throws IOException {
        DecodedText decoded = TextDecoder.decode(input.readDocument(), null);
        ParsedArticle.Builder draft = ParsedArticle.builder(input.source()).notes(decoded.notes());
        List<String> lines = List.of(LINE_BREAK.split(decoded.text(), -1));
        int start = nextNonBlank(lines, FrontMatter.apply(lines, draft));
        int bodyStart = readHead(lines, start, draft);
        draft.body(String.join("\n", lines.subList(Math.min(bodyStart, lines.size()), lines.size())));
        sink.article(draft.build());
    }

    /** @return the index of the first body line */
    private static int readHead(List<String> lines, int start, ParsedArticle.Builder draft) {
        if (start >= lines.size()) {
            return start;
        }
        String first = byline(lines, start);
        if (first != null) {
            int next = nextNonBlank(lines, start + 1);
            String second = next < lines.size() ? byline(lines, next) : null;
            if (second != null) {
                draft.outlet(first).authors(Bylines.split(second));
                return next + 1;
            }
            draft.authors(Bylines.split(first));
            return start + 1;
        }
        if (isTitle(lines, start)) {
            draft.title(lines.get(start));
            return start + 2;
        }
        return start;
    }

    /** The name in a "By Name" line that stands alone (blank line or end after it); null for a sentence like "By 2030 ...". */
    private static String byline(List<String> lines, int index) {
        String line = lines.get(index);
        Matcher matcher = BYLINE.matcher(line);
        if (line.length() > MAX_BYLINE || !matcher.matches() || line.strip().endsWith(".")) {
            return null;
        }
        boolean standsAlone = index + 1 >= lines.size() || lines.get(index + 1).isBlank();
        return standsAlone ? matcher.group(1) : null;
    }

    private static boolean isTitle(List<String> lines, int index) {
        String line = lines.get(index).strip();
        if (line.length() > MAX_TITLE || index + 2 >= lines.size() || !lines.get(index + 1).isBlank()) {
            return false;
        }
        boolean endsLikeSentence = line.endsWith(".") && !line.endsWith("...")
                || line.endsWith(",") || line.endsWith(";") || line.endsWith(":");
        return !endsLikeSentence && nextNonBlank(lines, index + 1) < lines.size();
    }

    static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
