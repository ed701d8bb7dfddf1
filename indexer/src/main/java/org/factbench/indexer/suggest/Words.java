package org.factbench.indexer.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level helpers for matched terms and names: tokens, stop words, a crude stem that bridges inflection. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** Enough for matched-term lists and bigram boosts; the analyzers in Elasticsearch do the real work. */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "it", "its",
            "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our",
            "not", "no", "than", "then", "so", "said", "says", "will", "would", "can", "could", "there", "which",
            "who", "whom", "what", "when", "where", "after", "before", "about", "into", "over", "also", "more",
            "и", "в", "во", "на", "с", "со", "по", "к", "ко", "о", "об", "от", "до", "за", "из", "у", "для", "что",
            "как", "не", "но", "а", "это", "был", "была", "было", "были", "его", "ее", "её", "их", "он", "она",
            "они", "же", "ли", "бы", "при", "также", "который", "которая", "которые");

    private Words() {
    }

    /** The words of {@code text} in order, lower case. */
    static List<String> of(String text) {
        return original(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** The words of {@code text} in order, as written. */
    static List<String> original(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The stems of the words of {@code text}, for "is this word in it" checks that bridge inflection. */
    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : of(text)) {
            stems.add(stem(word));
        }
        return stems;
    }

    static boolean content(String word) {
        return word.length() > 1 && !STOP.contains(word) && !word.chars().allMatch(Character::isDigit);
    }

    /**
     * The first five letters of a longer word: "meeting"/"meetings", "Moscow"/"Moscow's", "Москве"/"Москва" meet.
     * Overmatches a little ("public"/"publication"), which is harmless for explaining a match.
     */
    static String stem(String word) {
        String w = word.replace("’", "'");
        int apostrophe = w.indexOf('\'');
        if (apostrophe > 0) {
            w = w.substring(0, apostrophe);
        }
        return w.length() <= 5 ? w : w.substring(0, 5);
    }
}
