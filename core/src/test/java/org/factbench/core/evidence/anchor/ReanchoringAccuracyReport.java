package org.factbench.core.evidence.anchor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factbench.core.evidence.anchor.EditGenerator.EditCase;
import org.factbench.core.evidence.anchor.EditGenerator.EditType;

/**
 * Prints the accuracy tables for docs/ANCHORING.md. Run after {@code ./mvnw -o -q -pl core test-compile}:
 * <pre>
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp core/target/classes:core/target/test-classes \
 *     org.factbench.core.evidence.anchor.ReanchoringAccuracyReport [casesPerType]
 * </pre>
 */
public final class ReanchoringAccuracyReport {

    static final long SEED = 20261128L;
    static final double[] SWEEP = {0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90};

    private ReanchoringAccuracyReport() {
    }

    public static void main(String[] args) throws Exception {
        int perType = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        System.out.println("Edit types:");
        for (EditType type : EditType.values()) {
            System.out.printf("- %s: %s%n", type, type.description);
        }
        report("Generated English news text", AccuracyEvaluation.generate(
                AccuracyEvaluation.generatedBodies(NewsTextGenerator.Language.ENGLISH, 400, SEED), NewsTextGenerator.Language.ENGLISH, perType, SEED));
        report("Generated Russian news text", AccuracyEvaluation.generate(
                AccuracyEvaluation.generatedBodies(NewsTextGenerator.Language.RUSSIAN, 400, SEED + 1), NewsTextGenerator.Language.RUSSIAN, perType, SEED + 1));
        Optional<Path> bbc = SharedCorpus.bbcDirectory();
        if (bbc.isPresent()) {
            List<String> bodies = SharedCorpus.bbcBodies(bbc.get());
            report("BBC News bodies (" + bodies.size() + " articles, shared corpus)",
                    AccuracyEvaluation.generate(bodies, NewsTextGenerator.Language.ENGLISH, perType, SEED + 2));
        } else {
            System.out.println("\n(shared corpus not found: BBC bodies skipped)");
        }
    }

    private static void report(String title, List<EditCase> cases) {
        for (AccuracyEvaluation.Mode mode : AccuracyEvaluation.Mode.values()) {
            long started = System.nanoTime();
            AccuracyEvaluation.Table table = AccuracyEvaluation.evaluate(cases, new Reanchorer(), mode);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("%n### %s, %s: %d cases, minimum score %.2f (%d ms)%n%n", title, mode.label, cases.size(),
                    Reanchorer.DEFAULT_MIN_SCORE, millis);
            System.out.print(AccuracyEvaluation.render(table));
            System.out.flush();
        }
        System.out.printf("%nThreshold sweep (%s):%n%n", title);
        System.out.print(AccuracyEvaluation.renderSweep(cases, SWEEP));
        System.out.flush();
    }
}
