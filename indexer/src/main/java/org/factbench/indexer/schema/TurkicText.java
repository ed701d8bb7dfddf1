package org.factbench.indexer.schema;

/**
 * Lower-cases Azerbaijani and Turkish text by their own rules before Elasticsearch sees it: capital I is dotless
 * ı and capital İ is dotted i, so "IĞDIR" matches "ığdır" and "İlham" matches "ilham". Elasticsearch's
 * {@code lowercase} filter makes I an i, and the local distribution ignores the filter's {@code language: turkish}
 * option (it has only the pre-built filter; char filters are missing too), so the indexer does it, the same way
 * for documents and for queries. It also turns the apostrophe before a suffix ("Moskova'da", "Türkiye’nin") into a
 * space, as Elasticsearch's Turkish analyzer does with its apostrophe filter, so the name is a word of its own.
 *
 * <p>Every character maps to exactly one character, so offsets in the folded text are offsets in the original:
 * highlights of a folded field mark the right characters of the stored passage.
 */
public final class TurkicText {

    private TurkicText() {
    }

    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case 'I' -> 'ı';
                case 'İ' -> 'i';
                case '\'', '\u2019' -> suffixApostrophe(text, i) ? ' ' : c;
                default -> Character.isHighSurrogate(c) || Character.isLowSurrogate(c) ? c : lower(c);
            });
        }
        return out.toString();
    }

    private static char lower(char c) {
        char lower = Character.toLowerCase(c);
        return Character.isSurrogate(lower) ? c : lower;
    }

    private static boolean suffixApostrophe(String text, int at) {
        return at > 0 && at + 1 < text.length() && Character.isLetter(text.charAt(at - 1))
                && Character.isLetter(text.charAt(at + 1));
    }
}
