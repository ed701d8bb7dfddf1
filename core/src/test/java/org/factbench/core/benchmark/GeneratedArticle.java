package org.factbench.core.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic article (sentences of plausible news words) and an edited second version:
 * a paragraph inserted at the top (every offset moves), some sentences reworded by one word, some deleted,
 * some re-flowed with different whitespace.
 */
final class GeneratedArticle {

    private static final String[] WORDS = ("the minister said talks resumed in december after officials confirmed "
            + "that delegates met in moscow and tbilisi to discuss transport links border crossings trade figures "
            + "published by the statistics office showed growth of four percent while critics disputed the numbers "
            + "reported on television and in newspapers across the region during the first week of january").split(" ");

    final List<String> sentences = new ArrayList<>();
    final String body;

    GeneratedArticle(int sentenceCount, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < sentenceCount; i++) {
            int length = 8 + random.nextInt(14);
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < length; w++) {
                if (w > 0) s.append(' ');
                s.append(WORDS[random.nextInt(WORDS.length)]);
            }
            s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
            sentences.add(s + " (" + i + ").");
        }
        body = join(sentences);
    }

    /** Version 2: returns the body; {@code deleted} and {@code reworded} count the edits made. */
    String edited(long seed, int[] deleted, int[] reworded) {
        Random random = new Random(seed);
        List<String> next = new ArrayList<>();
        next.add("Editor's note: this article was updated with new statements from both delegations.");
        for (String sentence : sentences) {
            int roll = random.nextInt(100);
            if (roll < 2) {
                deleted[0]++;
            } else if (roll < 7) {
                reworded[0]++;
                next.add(sentence.replaceFirst(" [a-z]+ ", " reportedly "));
            } else if (roll < 10) {
                next.add(sentence.replace(" ", "  "));
            } else {
                next.add(sentence);
            }
        }
        return join(next);
    }

    private static String join(List<String> sentences) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) body.append(i % 6 == 0 ? "\n\n" : " ");
            body.append(sentences.get(i));
        }
        return body.toString();
    }
}
