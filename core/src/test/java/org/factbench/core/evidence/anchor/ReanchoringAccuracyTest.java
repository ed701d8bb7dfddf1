package org.factbench.core.evidence.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factbench.core.evidence.anchor.AccuracyEvaluation.Mode;
import org.factbench.core.evidence.anchor.AccuracyEvaluation.Row;
import org.factbench.core.evidence.anchor.AccuracyEvaluation.Table;
import org.factbench.core.evidence.anchor.AccuracyEvaluation.Verdict;
import org.factbench.core.evidence.anchor.EditGenerator.EditCase;
import org.factbench.core.evidence.anchor.EditGenerator.EditType;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on generated edits with known ground truth; the tables are printed, the minimums asserted. The full
 * report with more cases and a threshold sweep is {@link ReanchoringAccuracyReport}.
 */
class ReanchoringAccuracyTest {

    private static final int CASES_PER_TYPE = 120;
    /**
     * Edits that leave a verbatim or one-word-different copy of the quote's sentence with the same surroundings:
     * from the new body alone they look exactly like the sentence having moved, so only the old body can settle them.
     */
    private static final Set<EditType> NEED_OLD_BODY = EnumSet.of(EditType.DELETE_KEEP_COPY, EditType.DELETE_KEEP_LOOKALIKE);

    @Test
    void generatedEnglishEditsAreReanchoredWithoutWrongMoves() {
        List<EditCase> cases = AccuracyEvaluation.generate(
                AccuracyEvaluation.generatedBodies(NewsTextGenerator.Language.ENGLISH, 200, 1), NewsTextGenerator.Language.ENGLISH, CASES_PER_TYPE, 1);

        assertAccuracy("generated English", cases, 0.01);
    }

    @Test
    void generatedRussianEditsAreReanchoredWithoutWrongMoves() {
        List<EditCase> cases = AccuracyEvaluation.generate(
                AccuracyEvaluation.generatedBodies(NewsTextGenerator.Language.RUSSIAN, 200, 2), NewsTextGenerator.Language.RUSSIAN, CASES_PER_TYPE, 2);

        assertAccuracy("generated Russian", cases, 0.015);
    }

    @Test
    void editsOfRealBbcArticlesAreReanchoredWithoutWrongMoves() throws Exception {
        Optional<Path> bbc = SharedCorpus.bbcDirectory();
        if (bbc.isEmpty()) {
            if (SharedCorpus.isCi()) {
                fail("CI=true but the shared corpus (corpus/bbc under factbench.shared.dir or ../shared) is missing");
            }
            assumeTrue(false, "skipped: shared corpus corpus/bbc not found (set factbench.shared.dir); runs in CI");
        }
        List<String> bodies = SharedCorpus.bbcBodies(bbc.get());
        assertThat(bodies).hasSizeGreaterThan(2000);
        List<EditCase> cases = AccuracyEvaluation.generate(bodies, NewsTextGenerator.Language.ENGLISH, CASES_PER_TYPE, 3);

        assertAccuracy("BBC News bodies", cases, 0.005);
    }

    /**
     * @param maxWrongMoveRate the largest share of wrong moves tolerated among the edits the mode can decide. Generated
     *                         text is harsher than real text: its templates repeat whole phrases with the same context.
     */
    private static void assertAccuracy(String label, List<EditCase> cases, double maxWrongMoveRate) {
        Table alone = AccuracyEvaluation.evaluate(cases, new Reanchorer(), Mode.NEW_BODY_ONLY);
        Table withOld = AccuracyEvaluation.evaluate(cases, new Reanchorer(), Mode.WITH_OLD_BODY);
        System.out.printf("%n%s, new body only:%n%s%n%s, with the old body:%n%s%n", label, AccuracyEvaluation.render(alone),
                label, AccuracyEvaluation.render(withOld));

        int decidable = 0;
        int wrongAlone = 0;
        for (EditType type : EditType.values()) {
            if (!NEED_OLD_BODY.contains(type)) {
                decidable += alone.byType().get(type).cases;
                wrongAlone += alone.byType().get(type).count(Verdict.WRONG_MOVE);
            }
        }
        assertThat((double) wrongAlone / decidable).as("%s: wrong moves from the new body alone", label).isLessThanOrEqualTo(maxWrongMoveRate);
        assertThat((double) withOld.wrongMoves() / cases.size()).as("%s: wrong moves with the old body", label)
                .isLessThanOrEqualTo(maxWrongMoveRate);

        for (Table table : List.of(alone, withOld)) {
            assertCorrectShare(table, EditType.INSERT_BEFORE, 0.97);
            assertCorrectShare(table, EditType.INSERT_AFTER, 0.99);
            assertCorrectShare(table, EditType.DELETE_ELSEWHERE, 0.95);
            assertCorrectShare(table, EditType.WHITESPACE, 0.97);
            assertCorrectShare(table, EditType.TYPO, 0.95);
            assertCorrectShare(table, EditType.WORD_EDIT, 0.80);
            assertCorrectShare(table, EditType.MANY_EDITS, 0.85);
            assertCorrectShare(table, EditType.DUPLICATE_ELSEWHERE, 0.90);
            assertOrphanShare(table, EditType.REWRITE, 0.97);
            assertOrphanShare(table, EditType.DELETE_QUOTE, 0.88);
        }
        assertCorrectShare(withOld, EditType.INSERT_ADJACENT, 0.95);
        assertCorrectShare(withOld, EditType.MOVE_PARAGRAPH, 0.90);
        assertCorrectShare(withOld, EditType.MOVE_SENTENCE, 0.85);
        assertOrphanShare(withOld, EditType.DELETE_KEEP_LOOKALIKE, 0.97);
        assertOrphanShare(withOld, EditType.DELETE_KEEP_COPY, 0.95);
    }

    private static void assertCorrectShare(Table table, EditType type, double minimum) {
        Row row = table.byType().get(type);
        assertThat((double) row.count(Verdict.CORRECT) / row.cases).as("correct re-anchors after %s", type).isGreaterThanOrEqualTo(minimum);
    }

    private static void assertOrphanShare(Table table, EditType type, double minimum) {
        Row row = table.byType().get(type);
        assertThat((double) row.count(Verdict.CORRECT_ORPHAN) / row.cases).as("orphans after %s", type).isGreaterThanOrEqualTo(minimum);
    }
}
