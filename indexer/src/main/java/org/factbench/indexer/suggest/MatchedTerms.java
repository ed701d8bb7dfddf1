package org.factbench.indexer.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The claim's content words found in a passage (by stem), in the claim's order and wording: "why" for the checker. */
final class MatchedTerms {

    static final int MAX = 12;

    private MatchedTerms() {
    }

    static List<String> of(String claim, String passage) {
        Set<String> passageStems = Words.stems(passage);
        Set<String> matched = new LinkedHashSet<>();
        Set<String> stems = new HashSet<>();
        for (String written : Words.original(claim)) {
            String word = written.toLowerCase(java.util.Locale.ROOT);
            String stem = Words.stem(word);
            if ((Words.content(word) || isNumber(word)) && passageStems.contains(stem) && stems.add(stem)) {
                matched.add(written);
            }
        }
        return new ArrayList<>(matched).subList(0, Math.min(MAX, matched.size()));
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }
}
