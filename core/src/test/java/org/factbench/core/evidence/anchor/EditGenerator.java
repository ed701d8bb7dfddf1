package org.factbench.core.evidence.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.factbench.core.evidence.anchor.TextLayout.Span;

/**
 * Makes one realistic edit of a body around a quote and records the ground truth: where the quote now is, or that
 * it is gone. Quotes are whole sentences, partial sentences, short phrases or runs of sentences.
 */
final class EditGenerator {

    enum QuoteKind { SENTENCE, PARTIAL, PHRASE, SENTENCES }

    enum EditType {
        INSERT_BEFORE(true, "sentences inserted somewhere before the quote"),
        INSERT_AFTER(true, "sentences inserted somewhere after the quote"),
        INSERT_ADJACENT(true, "a sentence inserted right before or after the quote's sentence"),
        DELETE_ELSEWHERE(true, "a sentence elsewhere deleted"),
        MANY_EDITS(true, "2-5 insertions/deletions elsewhere, half of them with a typo in the quote"),
        WHITESPACE(true, "whitespace re-flowed (spaces, line breaks, no-break spaces), inside the quote too"),
        TYPO(true, "1-3 character typos fixed/introduced inside the quote"),
        WORD_EDIT(true, "one word inside the quote replaced, inserted or deleted, or a digit changed"),
        MOVE_PARAGRAPH(true, "the quote's paragraph moved elsewhere"),
        MOVE_SENTENCE(true, "the quote's sentence(s) moved to another paragraph"),
        DUPLICATE_ELSEWHERE(true, "a verbatim copy of the quote's sentence(s) added in another paragraph"),
        REWRITE(false, "the quote replaced by different words (similarity <= 0.5)"),
        DELETE_QUOTE(false, "the quote's sentence(s) deleted"),
        DELETE_KEEP_LOOKALIKE(false, "the quote's sentence(s) deleted; a one-word variant elsewhere remains"),
        DELETE_KEEP_COPY(false, "the quote's sentence(s) deleted; a verbatim copy elsewhere remains");

        final boolean quoteSurvives;
        final String description;

        EditType(boolean quoteSurvives, String description) {
            this.quoteSurvives = quoteSurvives;
            this.description = description;
        }
    }

    /** One generated case: {@code expectedStart}/{@code expectedEnd} are -1 when the quote is gone. */
    record EditCase(EditType type, QuoteKind kind, String oldBody, TextAnchor anchor, String newBody,
                    int expectedStart, int expectedEnd) {

        boolean quoteSurvives() {
            return expectedStart >= 0;
        }
    }

    private record Quote(QuoteKind kind, int start, int end, int firstSentence, int lastSentence) { }

    private final Random random;
    private final NewsTextGenerator filler;

    EditGenerator(Random random, NewsTextGenerator filler) {
        this.random = random;
        this.filler = filler;
    }

    Optional<EditCase> generate(EditType type, String body) {
        TextLayout layout = new TextLayout(body);
        if (layout.sentences().size() < 3) {
            return Optional.empty();
        }
        Optional<Quote> quote = chooseQuote(layout);
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        Quote q = quote.get();
        return switch (type) {
            case INSERT_BEFORE -> insertBefore(layout, q);
            case INSERT_AFTER -> insertAfter(layout, q);
            case INSERT_ADJACENT -> insertAdjacent(layout, q);
            case DELETE_ELSEWHERE -> deleteElsewhere(layout, q);
            case MANY_EDITS -> manyEdits(layout, q);
            case WHITESPACE -> whitespace(layout, q);
            case TYPO -> typo(layout, q);
            case WORD_EDIT -> wordEdit(layout, q);
            case MOVE_PARAGRAPH -> moveParagraph(layout, q);
            case MOVE_SENTENCE -> moveSentence(layout, q);
            case DUPLICATE_ELSEWHERE -> duplicateElsewhere(layout, q);
            case REWRITE -> rewrite(layout, q);
            case DELETE_QUOTE -> deleteQuote(layout, q);
            case DELETE_KEEP_LOOKALIKE -> deleteKeeping(layout, q, true, type);
            case DELETE_KEEP_COPY -> deleteKeeping(layout, q, false, type);
        };
    }

    // ---- choosing the quote ----

    private Optional<Quote> chooseQuote(TextLayout layout) {
        List<Span> sentences = layout.sentences();
        int roll = random.nextInt(100);
        QuoteKind kind = roll < 40 ? QuoteKind.SENTENCE : roll < 75 ? QuoteKind.PARTIAL : roll < 87 ? QuoteKind.PHRASE : QuoteKind.SENTENCES;
        for (int attempt = 0; attempt < 20; attempt++) {
            int index = random.nextInt(sentences.size());
            Span sentence = sentences.get(index);
            List<Span> words = layout.words(sentence.start(), sentence.end());
            switch (kind) {
                case SENTENCE -> {
                    if (words.size() >= 3) {
                        return Optional.of(new Quote(kind, sentence.start(), sentence.end(), index, index));
                    }
                }
                case PARTIAL -> {
                    if (words.size() >= 6) {
                        int count = 3 + random.nextInt(words.size() - 3);
                        int first = random.nextInt(words.size() - count + 1);
                        return Optional.of(new Quote(kind, words.get(first).start(), words.get(first + count - 1).end(), index, index));
                    }
                }
                case PHRASE -> {
                    if (words.size() >= 4) {
                        int count = 2 + random.nextInt(2);
                        int first = random.nextInt(words.size() - count + 1);
                        return Optional.of(new Quote(kind, words.get(first).start(), words.get(first + count - 1).end(), index, index));
                    }
                }
                case SENTENCES -> {
                    int last = index + 1 + random.nextInt(2);
                    if (last < sentences.size() && layout.paragraphOf(last) == layout.paragraphOf(index)) {
                        return Optional.of(new Quote(kind, sentence.start(), sentences.get(last).end(), index, last));
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---- edits where the quote survives ----

    private Optional<EditCase> insertBefore(TextLayout layout, Quote q) {
        Revision revision = new Revision(layout.body());
        if (q.firstSentence() == 0) {
            revision.insert(0, filler.paragraph() + "\n\n");
        } else {
            int at = layout.sentences().get(random.nextInt(q.firstSentence())).start();
            revision.insert(at, newSentences() + " ");
        }
        return survived(EditType.INSERT_BEFORE, layout, q, revision);
    }

    private Optional<EditCase> insertAfter(TextLayout layout, Quote q) {
        Revision revision = new Revision(layout.body());
        int after = layout.sentences().size() - q.lastSentence() - 1;
        if (after == 0) {
            revision.insert(layout.body().length(), "\n\n" + filler.paragraph());
        } else {
            int at = layout.sentences().get(q.lastSentence() + 1 + random.nextInt(after)).start();
            revision.insert(at, newSentences() + " ");
        }
        return survived(EditType.INSERT_AFTER, layout, q, revision);
    }

    private Optional<EditCase> insertAdjacent(TextLayout layout, Quote q) {
        Revision revision = new Revision(layout.body());
        if (random.nextBoolean()) {
            revision.insert(layout.sentences().get(q.firstSentence()).start(), filler.sentence() + " ");
        } else {
            revision.insert(layout.sentences().get(q.lastSentence()).end(), " " + filler.sentence());
        }
        return survived(EditType.INSERT_ADJACENT, layout, q, revision);
    }

    private Optional<EditCase> deleteElsewhere(TextLayout layout, Quote q) {
        Revision revision = new Revision(layout.body());
        if (!deleteSomeSentenceElsewhere(layout, q, revision)) {
            return Optional.empty();
        }
        return survived(EditType.DELETE_ELSEWHERE, layout, q, revision);
    }

    private Optional<EditCase> manyEdits(TextLayout layout, Quote q) {
        Revision revision = new Revision(layout.body());
        int edits = 2 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            if (random.nextBoolean()) {
                deleteSomeSentenceElsewhere(layout, q, revision);
            } else {
                int index = random.nextInt(layout.sentences().size());
                int at = layout.sentences().get(index).start();
                if (!revision.touches(at - 1, at + 1) && (index < q.firstSentence() || index > q.lastSentence())) {
                    revision.insert(at, newSentences() + " ");
                }
            }
        }
        if (random.nextBoolean()) {
            addTypos(layout.body(), q, revision);
        }
        return survived(EditType.MANY_EDITS, layout, q, revision);
    }

    private Optional<EditCase> typo(TextLayout layout, Quote q) {
        Revision revision = new Revision(layout.body());
        if (q.end() - q.start() < 12 || !addTypos(layout.body(), q, revision)) {
            return Optional.empty();
        }
        return survived(EditType.TYPO, layout, q, revision);
    }

    /** 1-3 single-character edits strictly inside the quote, about one per 20 characters at most. */
    private boolean addTypos(String body, Quote q, Revision revision) {
        int length = q.end() - q.start();
        if (length < 12) {
            return false;
        }
        int typos = 1 + random.nextInt(Math.min(3, Math.max(1, length / 20)));
        int made = 0;
        for (int attempt = 0; attempt < 20 && made < typos; attempt++) {
            int at = q.start() + 1 + random.nextInt(length - 3);
            if (revision.touches(at - 2, at + 3)) {
                continue;
            }
            char c = body.charAt(at);
            char other = (char) ('a' + random.nextInt(26));
            switch (random.nextInt(4)) {
                case 0 -> revision.replace(at, at + 1, String.valueOf(other == c ? 'x' : other));
                case 1 -> revision.delete(at, at + 1);
                case 2 -> revision.insert(at, String.valueOf(other));
                default -> revision.replace(at, at + 2, "" + body.charAt(at + 1) + c);
            }
            made++;
        }
        return made > 0;
    }

    private Optional<EditCase> wordEdit(TextLayout layout, Quote q) {
        List<Span> words = layout.words(q.start(), q.end());
        if (words.size() < 4) {
            return Optional.empty();
        }
        Revision revision = new Revision(layout.body());
        Span word = words.get(1 + random.nextInt(words.size() - 2));
        String text = layout.body().substring(word.start(), word.end());
        int digit = firstDigit(text);
        switch (random.nextInt(4)) {
            case 0 -> revision.replace(word.start(), word.end(), filler.word());
            case 1 -> revision.insert(word.start(), filler.word() + " ");
            case 2 -> revision.delete(word.start(), word.end() + 1);
            default -> {
                if (digit < 0) {
                    revision.replace(word.start(), word.end(), filler.word());
                } else {
                    char changed = (char) ('0' + (text.charAt(digit) - '0' + 1 + random.nextInt(8)) % 10);
                    revision.replace(word.start() + digit, word.start() + digit + 1, String.valueOf(changed));
                }
            }
        }
        return survived(EditType.WORD_EDIT, layout, q, revision);
    }

    private Optional<EditCase> whitespace(TextLayout layout, Quote q) {
        String body = layout.body();
        StringBuilder out = new StringBuilder(body.length() + 200);
        int[] map = new int[body.length() + 1];
        int i = 0;
        while (i < body.length()) {
            if (!NormalizedText.isSpace(body.charAt(i))) {
                map[i] = out.length();
                out.append(body.charAt(i++));
                continue;
            }
            int runStart = i;
            while (i < body.length() && NormalizedText.isSpace(body.charAt(i))) i++;
            String run = body.substring(runStart, i);
            boolean insideQuote = runStart > q.start() && runStart < q.end();
            if (random.nextInt(100) < (insideQuote ? 50 : 25)) {
                run = run.contains("\n")
                        ? new String[] {"\n\n\n", "\n \n", " \n\n", "\n"}[random.nextInt(4)]
                        : new String[] {"  ", "\n", "\u00A0", " \n", "\t"}[random.nextInt(5)];
            }
            for (int k = runStart; k < i; k++) {
                map[k] = out.length();
            }
            out.append(run);
        }
        String changed = out.toString();
        return Optional.of(new EditCase(EditType.WHITESPACE, q.kind(), body, TextAnchor.of(body, q.start(), q.end()), changed,
                map[q.start()], map[q.end() - 1] + 1));
    }

    private Optional<EditCase> moveParagraph(TextLayout layout, Quote q) {
        List<Span> paragraphs = layout.paragraphs();
        int from = layout.paragraphOf(q.firstSentence());
        if (paragraphs.size() < 3 || from != layout.paragraphOf(q.lastSentence())) {
            return Optional.empty();
        }
        String body = layout.body();
        List<String> texts = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            texts.add(body.substring(paragraph.start(), paragraph.end()));
        }
        String moved = texts.remove(from);
        int to;
        do {
            to = random.nextInt(texts.size() + 1);
        } while (to == from);
        texts.add(to, moved);
        int newStart = 0;
        for (int k = 0; k < to; k++) {
            newStart += texts.get(k).length() + 2;
        }
        int offset = q.start() - paragraphs.get(from).start();
        return Optional.of(new EditCase(EditType.MOVE_PARAGRAPH, q.kind(), body, TextAnchor.of(body, q.start(), q.end()),
                String.join("\n\n", texts), newStart + offset, newStart + offset + q.end() - q.start()));
    }

    private Optional<EditCase> moveSentence(TextLayout layout, Quote q) {
        String body = layout.body();
        int[] removed = sentencesDeletion(layout, q.firstSentence(), q.lastSentence());
        int target = sentenceStartInOtherParagraph(layout, q);
        if (target < 0 || (target >= removed[0] && target <= removed[1])) {
            return Optional.empty();
        }
        Span first = layout.sentences().get(q.firstSentence());
        String text = body.substring(first.start(), layout.sentences().get(q.lastSentence()).end());
        Revision revision = new Revision(body).delete(removed[0], removed[1]).insert(target, text + " ");
        int insertedAt = revision.mapStart(target) - (text.length() + 1);
        int start = insertedAt + q.start() - first.start();
        return Optional.of(new EditCase(EditType.MOVE_SENTENCE, q.kind(), body, TextAnchor.of(body, q.start(), q.end()),
                revision.apply(), start, start + q.end() - q.start()));
    }

    private Optional<EditCase> duplicateElsewhere(TextLayout layout, Quote q) {
        int target = sentenceStartInOtherParagraph(layout, q);
        if (target < 0) {
            return Optional.empty();
        }
        String body = layout.body();
        String text = body.substring(layout.sentences().get(q.firstSentence()).start(), layout.sentences().get(q.lastSentence()).end());
        Revision revision = new Revision(body).insert(target, text + " ");
        return survived(EditType.DUPLICATE_ELSEWHERE, layout, q, revision);
    }

    // ---- edits where the quote is gone ----

    private Optional<EditCase> rewrite(TextLayout layout, Quote q) {
        String body = layout.body();
        String old = NormalizedText.normalize(body.substring(q.start(), q.end()));
        int wordCount = layout.words(q.start(), q.end()).size();
        for (int attempt = 0; attempt < 20; attempt++) {
            String replacement = wordsOfNewText(wordCount);
            if (similarity(old, replacement) <= 0.5) {
                Revision revision = new Revision(body).replace(q.start(), q.end(), replacement);
                return gone(EditType.REWRITE, q, body, revision.apply());
            }
        }
        return Optional.empty();
    }

    private Optional<EditCase> deleteQuote(TextLayout layout, Quote q) {
        int[] range = sentencesDeletion(layout, q.firstSentence(), q.lastSentence());
        return gone(EditType.DELETE_QUOTE, q, layout.body(), new Revision(layout.body()).delete(range[0], range[1]).apply());
    }

    /**
     * First a variant (or verbatim copy) of the quote's sentences is placed in another paragraph; that is the old
     * version the link is made on. Then the linked sentences are deleted: the link must not follow the variant.
     */
    private Optional<EditCase> deleteKeeping(TextLayout layout, Quote q, boolean variant, EditType type) {
        int target = sentenceStartInOtherParagraph(layout, q);
        if (target < 0) {
            return Optional.empty();
        }
        String body = layout.body();
        Span first = layout.sentences().get(q.firstSentence());
        Span last = layout.sentences().get(q.lastSentence());
        String text = body.substring(first.start(), last.end());
        if (variant) {
            Optional<String> changed = oneWordVariant(text, q.start() - first.start(), q.end() - first.start());
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            text = changed.get();
        }
        Revision addition = new Revision(body).insert(target, text + " ");
        String oldBody = addition.apply();
        int start = addition.mapStart(q.start());
        int end = addition.mapEnd(q.end());
        TextLayout oldLayout = new TextLayout(oldBody);
        int firstSentence = oldLayout.sentenceAt(start);
        int lastSentence = oldLayout.sentenceAt(end - 1);
        int[] range = sentencesDeletion(oldLayout, firstSentence, lastSentence);
        if (range[0] > start || range[1] < end) {
            return Optional.empty();
        }
        String newBody = new Revision(oldBody).delete(range[0], range[1]).apply();
        return Optional.of(new EditCase(type, q.kind(), oldBody, TextAnchor.of(oldBody, start, end), newBody, -1, -1));
    }

    /** The sentences with one word inside [from, to) replaced (a digit changed if the word has one). */
    private Optional<String> oneWordVariant(String text, int from, int to) {
        TextLayout layout = new TextLayout(text);
        List<Span> words = layout.words(from, to);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Span word = words.get(random.nextInt(words.size()));
        String original = text.substring(word.start(), word.end());
        int digit = firstDigit(original);
        String replacement;
        if (digit >= 0) {
            char changed = (char) ('0' + (original.charAt(digit) - '0' + 1 + random.nextInt(8)) % 10);
            replacement = original.substring(0, digit) + changed + original.substring(digit + 1);
        } else {
            replacement = filler.word();
            if (replacement.equals(original)) {
                return Optional.empty();
            }
        }
        return Optional.of(text.substring(0, word.start()) + replacement + text.substring(word.end()));
    }

    // ---- helpers ----

    private Optional<EditCase> survived(EditType type, TextLayout layout, Quote q, Revision revision) {
        String body = layout.body();
        return Optional.of(new EditCase(type, q.kind(), body, TextAnchor.of(body, q.start(), q.end()), revision.apply(),
                revision.mapStart(q.start()), revision.mapEnd(q.end())));
    }

    private static Optional<EditCase> gone(EditType type, Quote q, String body, String newBody) {
        return Optional.of(new EditCase(type, q.kind(), body, TextAnchor.of(body, q.start(), q.end()), newBody, -1, -1));
    }

    private String newSentences() {
        int count = 1 + random.nextInt(3);
        StringBuilder text = new StringBuilder(filler.sentence());
        for (int i = 1; i < count; i++) {
            text.append(' ').append(filler.sentence());
        }
        return text.toString();
    }

    private String wordsOfNewText(int wordCount) {
        StringBuilder text = new StringBuilder();
        while (text.toString().split(" ").length < wordCount) {
            text.append(text.isEmpty() ? "" : " ").append(filler.sentence());
        }
        String[] words = text.toString().split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.max(1, wordCount)));
    }

    private boolean deleteSomeSentenceElsewhere(TextLayout layout, Quote q, Revision revision) {
        for (int attempt = 0; attempt < 10; attempt++) {
            int index = random.nextInt(layout.sentences().size());
            if (index >= q.firstSentence() && index <= q.lastSentence()) {
                continue;
            }
            int[] range = sentencesDeletion(layout, index, index);
            if (range[1] <= q.start() || range[0] >= q.end()) {
                if (!revision.touches(range[0] - 1, range[1] + 1)) {
                    revision.delete(range[0], range[1]);
                    return true;
                }
            }
        }
        return false;
    }

    /** What to delete to remove sentences first..last (one paragraph) and keep the spacing tidy. */
    private static int[] sentencesDeletion(TextLayout layout, int first, int last) {
        List<Span> sentences = layout.sentences();
        int paragraph = layout.paragraphOf(first);
        if (last + 1 < sentences.size() && layout.paragraphOf(last + 1) == paragraph) {
            return new int[] {sentences.get(first).start(), sentences.get(last + 1).start()};
        }
        if (first > 0 && layout.paragraphOf(first - 1) == paragraph) {
            return new int[] {sentences.get(first - 1).end(), sentences.get(last).end()};
        }
        List<Span> paragraphs = layout.paragraphs();
        Span whole = paragraphs.get(paragraph);
        if (paragraph + 1 < paragraphs.size()) {
            return new int[] {whole.start(), paragraphs.get(paragraph + 1).start()};
        }
        if (paragraph > 0) {
            return new int[] {paragraphs.get(paragraph - 1).end(), whole.end()};
        }
        return new int[] {0, layout.body().length()};
    }

    private int sentenceStartInOtherParagraph(TextLayout layout, Quote q) {
        int paragraph = layout.paragraphOf(q.firstSentence());
        List<Integer> options = new ArrayList<>();
        for (int i = 0; i < layout.sentences().size(); i++) {
            if (layout.paragraphOf(i) != paragraph) {
                options.add(i);
            }
        }
        return options.isEmpty() ? -1 : layout.sentences().get(options.get(random.nextInt(options.size()))).start();
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static double similarity(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1),
                        previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[b.length()] / Math.max(1, Math.max(a.length(), b.length()));
    }
}
