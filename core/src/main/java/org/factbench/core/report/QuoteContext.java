package org.factbench.core.report;

/**
 * The short context a report prints around a quote: up to {@value #REACH} characters each side, never across a
 * paragraph break, cut at a word so no word is shown half. Offsets that no longer fit the body give no context.
 */
final class QuoteContext {

    static final int REACH = 160;

    private QuoteContext() {
    }

    static String before(String body, int start) {
        if (start <= 0 || start > body.length()) return "";
        int from = Math.max(0, start - REACH);
        int paragraph = body.lastIndexOf("\n\n", start - 1);
        if (paragraph >= from) from = paragraph + 2;
        else if (from > 0) from = wordStartAfter(body, from, start);
        return body.substring(from, start).replaceAll("\\s+", " ").stripLeading();
    }

    static String after(String body, int end) {
        if (end < 0 || end >= body.length()) return "";
        int to = Math.min(body.length(), end + REACH);
        int paragraph = body.indexOf("\n\n", end);
        if (paragraph >= 0 && paragraph <= to) to = paragraph;
        else if (to < body.length()) to = wordEndBefore(body, end, to);
        return body.substring(end, to).replaceAll("\\s+", " ").stripTrailing();
    }

    private static int wordStartAfter(String body, int from, int limit) {
        int i = from;
        while (i < limit && !Character.isWhitespace(body.charAt(i - 1))) i++;
        return i;
    }

    private static int wordEndBefore(String body, int limit, int to) {
        int i = to;
        while (i > limit && !Character.isWhitespace(body.charAt(i))) i--;
        return i;
    }
}
