package org.factbench.indexer.segment;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence break that {@link java.text.BreakIterator} proposes after a word with a full stop
 * is wrong because the full stop belongs to an abbreviation or an initial ("Mr. Aliyev", "J. Smith", "Jan. 26",
 * "the U.S. Embassy", "в г. Москве"). English and Russian lists; both apply whatever the language, because
 * articles quote names and places across languages and the two scripts do not collide.
 */
final class Abbreviations {

    /** Always followed by a name or a noun, never the last word of a sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col.", "lt.", "maj.", "capt.", "sgt.", "adm.",
            "rep.", "sen.", "gov.", "amb.", "rev.", "st.", "mt.", "ft.", "messrs.",
            "т.е.", "т.к.", "т.н.", "им.", "ул.", "пр.", "проф.", "акад.", "ген.", "см.", "напр.", "тов.");

    /** Abbreviations that may end a sentence but usually stand before a number ("Jan. 26", "No. 5"). */
    private static final Set<String> BEFORE_NUMBERS = Set.of(
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
            "no.", "nos.", "p.", "pp.", "art.", "vol.", "ch.", "fig.", "approx.", "ca.",
            "янв.", "февр.", "апр.", "авг.", "сент.", "окт.", "нояб.", "дек.", "ст.", "п.", "с.", "№.");

    /** Capitalised words that usually open a sentence, so "... in the U.S. The talks ..." still breaks. */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "in", "on", "at", "but", "and", "this",
            "that", "these", "those", "there", "his", "her", "their", "its", "as", "after", "before", "when",
            "while", "if", "some", "many", "according", "however", "meanwhile", "also", "so", "yet", "still",
            "он", "она", "они", "мы", "это", "в", "на", "но", "и", "по", "после", "однако", "также");

    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(\\p{Lu}\\.){2,}");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");

    private Abbreviations() {
    }

    /**
     * @param before the text of the sentence so far, ending at the proposed break
     * @param after  the text after the proposed break (at least the next word)
     * @return true when the break is wrong and the two parts are one sentence
     */
    static boolean joins(String before, String after) {
        String head = before.stripTrailing();
        String rest = after.stripLeading();
        if (!head.endsWith(".") || rest.isEmpty()) {
            return false;
        }
        String token = lastToken(head);
        String word = token.toLowerCase(Locale.ROOT);
        char next = rest.charAt(0);
        if (Character.isLowerCase(next) || INITIAL.matcher(token).matches() || TITLES.contains(word)) {
            return true;
        }
        if (Character.isDigit(next) && BEFORE_NUMBERS.contains(word)) {
            return true;
        }
        if (word.equals("г.") || word.equals("гг.")) {
            // After a year "г." is "год" and may end the sentence; elsewhere it is "город" before a name.
            return !NUMBER.matcher(lastToken(head.substring(0, head.length() - token.length()).stripTrailing())).matches();
        }
        return DOTTED_ACRONYM.matcher(token).matches()
                && !SENTENCE_STARTERS.contains(firstWord(rest).toLowerCase(Locale.ROOT));
    }

    private static String lastToken(String text) {
        int from = text.length();
        while (from > 0 && !Span.isSpace(text.charAt(from - 1))) {
            from--;
        }
        return stripOpening(text.substring(from));
    }

    private static String stripOpening(String token) {
        int i = 0;
        while (i < token.length() && "([{\"'«„“‘".indexOf(token.charAt(i)) >= 0) {
            i++;
        }
        return token.substring(i);
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }
}
