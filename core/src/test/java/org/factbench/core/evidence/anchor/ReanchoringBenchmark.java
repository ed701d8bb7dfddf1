package org.factbench.core.evidence.anchor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.factbench.core.evidence.anchor.TextLayout.Span;

/**
 * Times a re-anchoring pass over 10,000 links after their article changed, against a baseline measured in the same
 * run: {@code String.indexOf} of every quote in the new body (exact matching only, no context, no edits). Plain Java
 * (no JMH): warm-up passes, then repeats, median and best reported. Run after {@code ./mvnw -o -q -pl core test-compile}:
 * <pre>
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xmx1g -cp core/target/classes:core/target/test-classes \
 *     org.factbench.core.evidence.anchor.ReanchoringBenchmark
 * </pre>
 */
public final class ReanchoringBenchmark {

    private static final int LINKS = 10_000;
    private static final int WARM_UPS = 3;
    private static final int REPEATS = 7;

    /** One article version pair and the links made on the old version. */
    private record Scenario(String oldBody, String newBody, List<TextAnchor> anchors) { }

    private ReanchoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Machine: %s, %d cores visible to the JVM, Java %s (%s), max heap %d MB%n", cpuModel(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20);
        Random random = new Random(42);

        NewsTextGenerator english = new NewsTextGenerator(random, NewsTextGenerator.Language.ENGLISH);
        String longBody = english.body(200_000);
        Scenario oneLongArticle = scenario(List.of(longBody), LINKS, 60, random, english).getFirst();
        run("One article of " + longBody.length() + " chars, " + LINKS + " links, 60 edits", List.of(oneLongArticle));

        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            bodies.add(english.body(2_000 + random.nextInt(4_000)));
        }
        run("100 generated articles of 2-6k chars, 100 links each, 2-6 edits each", scenario(bodies, LINKS / 100, -1, random, english));

        Optional<Path> bbc = SharedCorpus.bbcDirectory();
        if (bbc.isPresent()) {
            List<String> all = SharedCorpus.bbcBodies(bbc.get());
            List<String> sample = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                sample.add(all.get(random.nextInt(all.size())));
            }
            run("100 BBC articles (shared corpus), 100 links each, 2-6 edits each", scenario(sample, LINKS / 100, -1, random, english));
        }
    }

    private static void run(String title, List<Scenario> scenarios) {
        int links = scenarios.stream().mapToInt(s -> s.anchors().size()).sum();
        int quoteChars = scenarios.stream().flatMap(s -> s.anchors().stream()).mapToInt(a -> a.quote().exact().length()).sum();
        int maxQuote = scenarios.stream().flatMap(s -> s.anchors().stream()).mapToInt(a -> a.quote().exact().length()).max().orElse(0);
        System.out.printf("%n### %s%n%d links, quotes %d chars on average (longest %d)%n%n", title, links, quoteChars / links, maxQuote);

        long[] baseline = time(() -> {
            long found = 0;
            for (Scenario s : scenarios) {
                for (TextAnchor anchor : s.anchors()) {
                    found += s.newBody().indexOf(anchor.quote().exact()) >= 0 ? 1 : 0;
                }
            }
            return found;
        });
        long[] alone = time(() -> {
            long found = 0;
            Reanchorer reanchorer = new Reanchorer();
            for (Scenario s : scenarios) {
                for (AnchorResult result : reanchorer.reanchorAll(s.anchors(), s.newBody())) {
                    found += result.found() ? 1 : 0;
                }
            }
            return found;
        });
        long[] withOld = time(() -> {
            long found = 0;
            Reanchorer reanchorer = new Reanchorer();
            for (Scenario s : scenarios) {
                for (AnchorResult result : reanchorer.reanchorAll(s.anchors(), s.oldBody(), s.newBody())) {
                    found += result.found() ? 1 : 0;
                }
            }
            return found;
        });
        System.out.println("| pass over all links | median ms | best ms | µs per link (median) | vs baseline | links found |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        row("baseline: String.indexOf of each quote", baseline, baseline, links);
        row("Reanchorer, new body only", alone, baseline, links);
        row("Reanchorer, with the old body", withOld, baseline, links);
        System.out.printf("%nStates (new body only): %s%nStates (with the old body): %s%n", states(scenarios, false), states(scenarios, true));
        System.out.flush();
    }

    /** Returns {median nanos, best nanos, result of the last pass}. */
    private static long[] time(java.util.function.LongSupplier pass) {
        long result = 0;
        for (int i = 0; i < WARM_UPS; i++) {
            result = pass.getAsLong();
        }
        long[] nanos = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long started = System.nanoTime();
            result = pass.getAsLong();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return new long[] {nanos[REPEATS / 2], nanos[0], result};
    }

    private static void row(String name, long[] measured, long[] baseline, int links) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2fx | %d |%n", name, measured[0] / 1e6, measured[1] / 1e6,
                measured[0] / 1e3 / links, (double) measured[0] / baseline[0], measured[2]);
    }

    private static Map<AnchorState, Integer> states(List<Scenario> scenarios, boolean withOld) {
        Map<AnchorState, Integer> counts = new EnumMap<>(AnchorState.class);
        Reanchorer reanchorer = new Reanchorer();
        for (Scenario s : scenarios) {
            for (TextAnchor anchor : s.anchors()) {
                AnchorResult result = withOld ? reanchorer.reanchor(anchor, s.oldBody(), s.newBody()) : reanchorer.reanchor(anchor, s.newBody());
                counts.merge(result.state(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Links on random spans (sentences, partial sentences, phrases, a few runs of paragraphs up to about 3,000
     * characters) of each body, then an edited version: sentences inserted and deleted, typos, re-flowed whitespace.
     *
     * @param edits edits per body, or -1 for 2-6
     */
    private static List<Scenario> scenario(List<String> bodies, int linksPerBody, int edits, Random random, NewsTextGenerator filler) {
        List<Scenario> scenarios = new ArrayList<>();
        for (String body : bodies) {
            TextLayout layout = new TextLayout(body);
            List<TextAnchor> anchors = new ArrayList<>(linksPerBody);
            for (int i = 0; i < linksPerBody; i++) {
                Span span = randomSpan(layout, random);
                anchors.add(TextAnchor.of(body, span.start(), span.end()));
            }
            scenarios.add(new Scenario(body, edit(layout, edits < 0 ? 2 + random.nextInt(5) : edits, random, filler), anchors));
        }
        return scenarios;
    }

    private static Span randomSpan(TextLayout layout, Random random) {
        List<Span> sentences = layout.sentences();
        int index = random.nextInt(sentences.size());
        Span sentence = sentences.get(index);
        int roll = random.nextInt(100);
        if (roll < 2) {
            int last = index;
            while (last + 1 < sentences.size() && sentences.get(last).end() - sentence.start() < 1_000 + random.nextInt(2_000)) {
                last++;
            }
            return new Span(sentence.start(), sentences.get(last).end());
        }
        List<Span> words = layout.words(sentence.start(), sentence.end());
        if (roll < 45 || words.size() < 4) {
            return sentence;
        }
        int count = roll < 85 ? 3 + random.nextInt(Math.max(1, words.size() - 3)) : 2;
        count = Math.min(count, words.size());
        int first = random.nextInt(words.size() - count + 1);
        return new Span(words.get(first).start(), words.get(first + count - 1).end());
    }

    private static String edit(TextLayout layout, int edits, Random random, NewsTextGenerator filler) {
        String body = layout.body();
        List<Span> sentences = layout.sentences();
        Revision revision = new Revision(body);
        for (int made = 0, attempt = 0; made < edits && attempt < edits * 20; attempt++) {
            Span sentence = sentences.get(random.nextInt(sentences.size()));
            if (revision.touches(sentence.start() - 2, sentence.end() + 2)) {
                continue;
            }
            switch (random.nextInt(4)) {
                case 0 -> revision.insert(sentence.start(), filler.sentence() + " ");
                case 1 -> revision.delete(sentence.start(), Math.min(body.length(), sentence.end() + 1));
                case 2 -> {
                    int at = sentence.start() + 1 + random.nextInt(Math.max(1, sentence.length() - 2));
                    revision.replace(at, at + 1, "x");
                }
                default -> {
                    int space = body.indexOf(' ', sentence.start());
                    if (space < 0 || space >= sentence.end()) {
                        continue;
                    }
                    revision.replace(space, space + 1, "\n");
                }
            }
            made++;
        }
        return revision.apply();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (Exception unreadable) {
            return "unknown CPU";
        }
    }
}
