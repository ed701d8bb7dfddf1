package org.factbench.core.evidence.anchor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.factbench.core.evidence.anchor.EditGenerator.EditCase;
import org.factbench.core.evidence.anchor.EditGenerator.EditType;

/**
 * Runs re-anchoring over generated edits with known ground truth and counts, per edit type, what happened.
 *
 * <p>A re-anchor is correct when the new span overlaps the true one by at least {@value #CORRECT_OVERLAP} (intersection
 * over union), imprecise when it overlaps less, and a wrong move when it does not overlap at all or the quote is gone.
 */
final class AccuracyEvaluation {

    static final double CORRECT_OVERLAP = 0.8;

    enum Verdict { CORRECT, IMPRECISE, WRONG_MOVE, CORRECT_ORPHAN, FALSE_ORPHAN }

    /** Counts for one edit type (or the total). */
    static final class Row {

        final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        final Map<AnchorState, Integer> states = new EnumMap<>(AnchorState.class);
        int cases;

        void add(Verdict verdict, AnchorState state) {
            cases++;
            verdicts.merge(verdict, 1, Integer::sum);
            states.merge(state, 1, Integer::sum);
        }

        int count(Verdict verdict) {
            return verdicts.getOrDefault(verdict, 0);
        }

        int count(AnchorState state) {
            return states.getOrDefault(state, 0);
        }
    }

    /** Per edit type, plus the total under a null key's stand-in {@link #total}. */
    record Table(Map<EditType, Row> byType, Row total) {

        int wrongMoves() {
            return total.count(Verdict.WRONG_MOVE);
        }

        int wrongMovesExcluding(EditType type) {
            return wrongMoves() - byType.get(type).count(Verdict.WRONG_MOVE);
        }
    }

    private AccuracyEvaluation() {
    }

    /** {@code perType} cases of every edit type, quotes and edits drawn from {@code bodies} with a seeded random. */
    static List<EditCase> generate(List<String> bodies, NewsTextGenerator.Language fillerLanguage, int perType, long seed) {
        Random random = new Random(seed);
        EditGenerator generator = new EditGenerator(random, new NewsTextGenerator(random, fillerLanguage));
        List<EditCase> cases = new ArrayList<>();
        for (EditType type : EditType.values()) {
            int made = 0;
            for (int attempt = 0; made < perType && attempt < perType * 50; attempt++) {
                Optional<EditCase> edit = generator.generate(type, bodies.get(random.nextInt(bodies.size())));
                if (edit.isPresent()) {
                    cases.add(edit.get());
                    made++;
                }
            }
            if (made < perType) {
                throw new IllegalStateException("could only generate " + made + " cases of " + type);
            }
        }
        return cases;
    }

    /** Bodies of about 800-6,000 characters from the test's own generator. */
    static List<String> generatedBodies(NewsTextGenerator.Language language, int count, long seed) {
        Random random = new Random(seed);
        NewsTextGenerator generator = new NewsTextGenerator(random, language);
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(generator.body(800 + random.nextInt(5_200)));
        }
        return bodies;
    }

    /** Which inputs the re-anchorer gets. */
    enum Mode {
        NEW_BODY_ONLY("new body only"), WITH_OLD_BODY("with the old body");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    static Table evaluate(List<EditCase> cases, Reanchoring reanchoring, Mode mode) {
        Map<EditType, Row> byType = new EnumMap<>(EditType.class);
        Row total = new Row();
        for (EditCase edit : cases) {
            AnchorResult result = mode == Mode.WITH_OLD_BODY
                    ? reanchoring.reanchor(edit.anchor(), edit.oldBody(), edit.newBody())
                    : reanchoring.reanchor(edit.anchor(), edit.newBody());
            Verdict verdict = judge(edit, result);
            byType.computeIfAbsent(edit.type(), t -> new Row()).add(verdict, result.state());
            total.add(verdict, result.state());
        }
        return new Table(byType, total);
    }

    static Verdict judge(EditCase edit, AnchorResult result) {
        if (!result.found()) {
            return edit.quoteSurvives() ? Verdict.FALSE_ORPHAN : Verdict.CORRECT_ORPHAN;
        }
        if (!edit.quoteSurvives()) {
            return Verdict.WRONG_MOVE;
        }
        TextPositionSelector found = result.anchor().position();
        int intersection = Math.min(found.end(), edit.expectedEnd()) - Math.max(found.start(), edit.expectedStart());
        if (intersection <= 0) {
            return Verdict.WRONG_MOVE;
        }
        int union = Math.max(found.end(), edit.expectedEnd()) - Math.min(found.start(), edit.expectedStart());
        return (double) intersection / union >= CORRECT_OVERLAP ? Verdict.CORRECT : Verdict.IMPRECISE;
    }

    static String render(Table table) {
        StringBuilder out = new StringBuilder();
        out.append("| edit | cases | correct | imprecise | **wrong moves** | correct orphans | false orphans | exact pos / exact quote / fuzzy |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Map.Entry<EditType, Row> entry : table.byType().entrySet()) {
            out.append(row(entry.getKey().name(), entry.getValue()));
        }
        out.append(row("**all**", table.total()));
        return out.toString();
    }

    private static String row(String name, Row row) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %d / %d / %d |%n", name, row.cases,
                cell(row, Verdict.CORRECT), cell(row, Verdict.IMPRECISE), cell(row, Verdict.WRONG_MOVE),
                cell(row, Verdict.CORRECT_ORPHAN), cell(row, Verdict.FALSE_ORPHAN),
                row.count(AnchorState.EXACT_POSITION), row.count(AnchorState.EXACT_QUOTE), row.count(AnchorState.FUZZY));
    }

    private static String cell(Row row, Verdict verdict) {
        int count = row.count(verdict);
        return count == 0 ? "0" : String.format(Locale.ROOT, "%d (%.1f%%)", count, 100.0 * count / row.cases);
    }

    /** One line per minimum score: how the dangerous and the annoying errors trade off. */
    static String renderSweep(List<EditCase> cases, double[] minScores) {
        StringBuilder out = new StringBuilder();
        out.append("| min score | correct (new body only) | wrong moves | false orphans | correct (with old body) | wrong moves | false orphans |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (double minScore : minScores) {
            Row alone = evaluate(cases, new Reanchorer(minScore), Mode.NEW_BODY_ONLY).total();
            Row withOld = evaluate(cases, new Reanchorer(minScore), Mode.WITH_OLD_BODY).total();
            out.append(String.format(Locale.ROOT, "| %.2f | %d | %d | %d | %d | %d | %d |%n", minScore,
                    alone.count(Verdict.CORRECT), alone.count(Verdict.WRONG_MOVE), alone.count(Verdict.FALSE_ORPHAN),
                    withOld.count(Verdict.CORRECT), withOld.count(Verdict.WRONG_MOVE), withOld.count(Verdict.FALSE_ORPHAN)));
        }
        return out.toString();
    }
}
