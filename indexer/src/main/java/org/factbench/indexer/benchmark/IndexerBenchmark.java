package org.factbench.indexer.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factbench.indexer.ingest.ArticleLoader;
import org.factbench.indexer.ingest.IngestSettings;
import org.factbench.indexer.ingest.LoadOptions;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.parse.CorpusReader;
import org.factbench.indexer.parse.FormatDetectingCorpusReader;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.RefreshSuspension;
import org.factbench.indexer.schema.SchemaManager;
import org.factbench.indexer.schema.SchemaSettings;
import org.factbench.indexer.segment.TextSegmenter;

/**
 * The indexer benchmark (docs/BENCHMARKS.md, "Indexer"): load the real corpora with the indexer, upload the very
 * documents it stored with raw {@code _bulk} requests into fresh identical indices, compare — with the cores
 * shared, then with Elasticsearch and the indexer on cores of their own ({@link CoreSplit}); then load the corpus
 * repeated {@code scale} times and watch the heap. Runs in its own indices ({@code bench-*}).
 */
public final class IndexerBenchmark {

    /**
     * @param scale      how many times the corpus is repeated for the heap run; 0 or 1 skips that run
     * @param indexerOnly only the two indexer loads, without the export and the raw upload: for trying a change
     *                    quickly; the report's ratio needs the full run
     * @param splitCores  when the node runs on this machine: the comparison again with Elasticsearch and the
     *                    indexer on cores of their own ({@link CoreSplit})
     * @param rounds      how often each comparison runs; the report gives every round's ratio and their median, as
     *                    a shared machine's speed drifts by a third within minutes
     */
    public record Settings(Path corpus, int scale, Duration heapSampleInterval, Path workDirectory, boolean indexerOnly,
                           boolean splitCores, int rounds) {
        public Settings {
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
            }
        }
    }

    /**
     * One timed load.
     *
     * @param clientCpu CPU time this JVM used during the run (reading, parsing, segmenting, the pipeline)
     * @param server    what the Elasticsearch node(s) did during the run, CPU time included
     */
    public record Run(String name, long articles, long passages, long documents, Duration elapsed, long maxHeapBytes,
                      List<Long> heapSamples, List<LoadSummary> summaries, Duration clientCpu, NodeActivity server) {

        double documentsPerSecond() {
            return documents / seconds();
        }

        double seconds() {
            return elapsed.toNanos() / 1e9;
        }
    }

    private final ElasticsearchClient client;
    private final Rest5Client rest;
    private final IndexNames names = new IndexNames("bench-");
    private final SchemaManager schema;
    private final IngestSettings ingest = IngestSettings.DEFAULT;
    private final PrintWriter out;

    public IndexerBenchmark(ElasticsearchClient client, Rest5Client rest, PrintWriter out) {
        this.client = client;
        this.rest = rest;
        this.schema = new SchemaManager(client, names, SchemaSettings.DEFAULT);
        this.out = out;
    }

    /** An input and the language a user would state for it with {@code --lang}. */
    record Input(Path path, String language) {
    }

    /** The Reuters-21578, BBC and Russian files of the shared corpus. */
    public static List<Path> inputs(Path corpus) {
        return languages(corpus).stream().map(Input::path).toList();
    }

    static List<Input> languages(Path corpus) {
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input(corpus.resolve("reuters/reuters21578.jsonl"), "en"));
        for (String topic : List.of("business", "entertainment", "politics", "sport", "tech")) {
            inputs.add(new Input(corpus.resolve("bbc").resolve(topic), "en"));
        }
        inputs.add(new Input(corpus.resolve("russian/ng_0.jsonl"), "ru"));
        inputs.add(new Input(corpus.resolve("russian/russia_today_0.jsonl"), "ru"));
        for (Input input : inputs) {
            if (!Files.exists(input.path())) {
                throw new IllegalArgumentException("Missing benchmark input " + input.path()
                        + ": point --corpus at the shared corpus");
            }
        }
        return inputs;
    }

    public List<Run> run(Settings settings) throws IOException, InterruptedException {
        List<Input> inputs = languages(settings.corpus());
        List<Run> runs = new ArrayList<>();
        machine(inputs.stream().map(Input::path).toList());

        // Not measured: a whole load first, so that JIT compilation in both JVMs, Elasticsearch loading its hunspell
        // dictionaries and the first segments of fresh indices favour no run. Its documents are the baseline's.
        reset();
        load("warm-up: indexer, 1x, languages stated", new FormatDetectingCorpusReader(), inputs, true, null);
        Path ndjson = settings.workDirectory().resolve("bench-documents.ndjson");
        long exported = 0;
        if (!settings.indexerOnly()) {
            exported = RawBulkUpload.export(client, List.of(names.articles(), names.passages()), ndjson);
            out.printf(Locale.ROOT, "Exported the %,d stored documents (%.1f MB of NDJSON) for the raw upload%n", exported,
                    Files.size(ndjson) / 1e6);
        }
        runs.addAll(compare("cores shared", settings.rounds(), inputs, settings.indexerOnly() ? null : ndjson, exported));
        if (settings.splitCores()) {
            CoreSplit.Result split = CoreSplit.split(rest);
            if (split.split().isPresent()) {
                try (CoreSplit cores = split.split().get()) {
                    out.printf(Locale.ROOT, "%n== cores split: %s%n", cores.describe());
                    runs.addAll(compare("cores split", settings.rounds(), inputs, settings.indexerOnly() ? null : ndjson, exported));
                }
            } else {
                out.printf(Locale.ROOT, "%n(no run with the cores split: %s)%n", split.whyNot());
            }
        }
        Files.deleteIfExists(ndjson);

        if (settings.scale() > 1 && !settings.indexerOnly()) {
            reset();
            Run scaled = load("indexer, " + settings.scale() + "x, languages stated",
                    new RepeatedCorpusReader(new FormatDetectingCorpusReader(), settings.scale()), inputs, true,
                    settings.heapSampleInterval());
            runs.add(scaled);
            report(scaled);
            // The first 1/scale of the samples cover the first pass over the corpus: the heap at 1x, same run.
            List<Long> samples = scaled.heapSamples();
            int firstPass = Math.max(1, samples.size() / settings.scale());
            long firstPassMax = samples.subList(0, Math.min(firstPass, samples.size())).stream()
                    .mapToLong(Long::longValue).max().orElse(0);
            long restMax = samples.size() > firstPass ? samples.subList(firstPass, samples.size()).stream()
                    .mapToLong(Long::longValue).max().orElse(0) : 0;
            out.printf(Locale.ROOT, "%nMax used heap after GC: %.1f MB during the first pass over the corpus (1x), "
                            + "%.1f MB over the other %d passes%n", firstPassMax / 1e6, restMax / 1e6,
                    settings.scale() - 1);
        }
        reset();
        out.flush();
        return runs;
    }

    /**
     * {@code rounds} rounds of: raw {@code _bulk} before, the indexer with the languages stated and with
     * detection, raw {@code _bulk} after. Each round's ratios are to the mean of its two raw uploads (their spread is
     * the machine's noise); the summary gives every round's and the median. Without an NDJSON file only the indexer
     * loads run.
     */
    private List<Run> compare(String mode, int rounds, List<Input> inputs, Path ndjson, long exported)
            throws IOException, InterruptedException {
        List<Run> runs = new ArrayList<>();
        List<Double> stated = new ArrayList<>();
        List<Double> detected = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            String label = rounds == 1 ? mode : mode + ", round " + round;
            Round result = round(label, inputs, ndjson, exported);
            runs.addAll(result.runs());
            if (result.statedRatio() != null) {
                stated.add(result.statedRatio());
                detected.add(result.detectedRatio());
            }
        }
        if (rounds > 1 && !stated.isEmpty()) {
            out.printf(Locale.ROOT, "%nRatio indexer / raw _bulk (documents/s, %s), median of %d rounds: %.2f with the "
                            + "languages stated (rounds: %s), %.2f with language detection (rounds: %s)%n", mode,
                    stated.size(), median(stated), ratios(stated), median(detected), ratios(detected));
        }
        out.flush();
        return runs;
    }

    private record Round(List<Run> runs, Double statedRatio, Double detectedRatio) {
    }

    private Round round(String label, List<Input> inputs, Path ndjson, long exported)
            throws IOException, InterruptedException {
        List<Run> runs = new ArrayList<>();
        Run raw = null;
        if (ndjson != null) {
            reset();
            raw = rawUpload("raw _bulk, same documents, before the indexer runs (" + label + ")", ndjson, exported);
            runs.add(raw);
            report(raw);
        }
        reset();
        // Throughput runs without the heap sampler: its forced collections would cost the indexer's JVM CPU.
        Run stated = load("indexer, 1x, languages stated (--lang) (" + label + ")", new FormatDetectingCorpusReader(),
                inputs, true, null);
        runs.add(stated);
        report(stated);

        reset();
        Run detected = load("indexer, 1x, languages detected (" + label + ")", new FormatDetectingCorpusReader(), inputs,
                false, null);
        runs.add(detected);
        report(detected);

        if (raw == null) {
            return new Round(runs, null, null);
        }
        reset();
        Run rawAgain = rawUpload("raw _bulk, same documents, after the indexer runs (" + label + ")", ndjson, exported);
        runs.add(rawAgain);
        report(rawAgain);
        double baseline = (raw.documentsPerSecond() + rawAgain.documentsPerSecond()) / 2;
        double statedRatio = stated.documentsPerSecond() / baseline;
        double detectedRatio = detected.documentsPerSecond() / baseline;
        out.printf(Locale.ROOT, "%nRaw _bulk baseline (%s): %.0f documents/s (mean of %.0f and %.0f)%n", label, baseline,
                raw.documentsPerSecond(), rawAgain.documentsPerSecond());
        out.printf(Locale.ROOT, "Ratio indexer / raw _bulk (documents/s, %s): %.2f with the languages stated, "
                + "%.2f with language detection%n", label, statedRatio, detectedRatio);
        out.flush();
        return new Round(runs, statedRatio, detectedRatio);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String ratios(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }

    /**
     * One measured load of all inputs. With {@code stateLanguages} each language's inputs are loaded with that
     * language given (as {@code --lang} does), one load call per language; the time is that of all calls.
     */
    private Run load(String name, CorpusReader reader, List<Input> inputs, boolean stateLanguages, Duration sampleEvery) {
        ArticleLoader loader = new ArticleLoader(client, schema, reader, new TextSegmenter(), ingest, Clock.systemUTC());
        out.println();
        out.println("== " + name);
        out.flush();
        long start = System.nanoTime();
        ProgressListener progress = new ProgressListener() {
            private long lastPrint = System.nanoTime();

            @Override
            public void progress(org.factbench.indexer.ingest.LoadProgress p) {
                if (System.nanoTime() - lastPrint > 30_000_000_000L) {
                    lastPrint = System.nanoTime();
                    out.printf(Locale.ROOT, "  %,d articles, %,d passages after %d s%n", p.done(), p.passages(),
                            (System.nanoTime() - start) / 1_000_000_000L);
                    out.flush();
                }
            }
        };
        HeapSampler sampler = sampleEvery == null ? null : new HeapSampler(sampleEvery);
        List<LoadSummary> summaries = new ArrayList<>();
        long clientCpu = clientCpuNanos();
        NodeActivity server = NodeActivity.now(rest);
        try {
            if (stateLanguages) {
                for (String language : inputs.stream().map(Input::language).distinct().toList()) {
                    List<Path> paths = inputs.stream().filter(i -> i.language().equals(language)).map(Input::path).toList();
                    summaries.add(loader.load(paths, new ReadOptions(null, null, language, java.util.Map.of()),
                            LoadOptions.BULK, progress));
                }
            } else {
                summaries.add(loader.load(inputs.stream().map(Input::path).toList(), ReadOptions.defaults(),
                        LoadOptions.BULK, progress));
            }
        } finally {
            if (sampler != null) {
                sampler.close();
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration client = Duration.ofNanos(clientCpuNanos() - clientCpu);
        NodeActivity serverActivity = NodeActivity.now(rest).since(server);
        long articles = count(names.articles());
        long passages = count(names.passages());
        return new Run(name, articles, passages, articles + passages, elapsed,
                sampler == null ? 0 : sampler.maxBytes(), sampler == null ? List.of() : sampler.samples(),
                summaries, client, serverActivity);
    }

    private Run rawUpload(String name, Path ndjson, long documents) throws IOException, InterruptedException {
        out.println();
        out.println("== " + name);
        out.flush();
        long start = System.nanoTime();
        long clientCpu = clientCpuNanos();
        NodeActivity server = NodeActivity.now(rest);
        try (RefreshSuspension ignored = schema.suspendRefresh()) {
            RawBulkUpload.upload(rest, ndjson, ingest.maxBulkOperations(), ingest.maxBulkBytes(),
                    ingest.maxConcurrentRequests());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration cpuClient = Duration.ofNanos(clientCpuNanos() - clientCpu);
        NodeActivity cpuServer = NodeActivity.now(rest).since(server);
        long articles = count(names.articles());
        long passages = count(names.passages());
        if (articles + passages != documents) {
            throw new IOException("raw upload stored " + (articles + passages) + " of " + documents + " documents");
        }
        return new Run(name, articles, passages, documents, elapsed, 0, List.of(), List.of(), cpuClient, cpuServer);
    }

    private void report(Run run) {
        out.printf(Locale.ROOT, "%s: %,d articles + %,d passages = %,d documents in %.1f s: %.0f documents/s, "
                        + "%.0f articles/s, %.0f passages/s%n", run.name(), run.articles(), run.passages(), run.documents(),
                run.seconds(), run.documentsPerSecond(), run.articles() / run.seconds(), run.passages() / run.seconds());
        out.printf(Locale.ROOT, "  CPU: indexer JVM %.1f s, Elasticsearch %.1f s (%s)%n", run.clientCpu().toMillis() / 1000.0,
                run.server().cpuMillis() / 1000.0, run.server().describe());
        for (LoadSummary s : run.summaries()) {
            out.printf(Locale.ROOT, "  read %,d, new %,d, unchanged %,d, duplicates %,d, failed %,d in %.1f s; loading "
                            + "thread waited %.1f s for input, %.1f s for bulk capacity, %.1f s for lookups%n", s.read(),
                    s.created(), s.unchanged(), s.duplicates(), s.failedCount(), s.elapsed().toNanos() / 1e9,
                    s.waits().input().toNanos() / 1e9, s.waits().bulk().toNanos() / 1e9,
                    s.waits().lookups().toNanos() / 1e9);
            s.failed().stream().limit(5).forEach(f -> out.println("  failed: " + f.source() + ": " + f.reason()));
        }
        if (run.maxHeapBytes() > 0) {
            out.printf(Locale.ROOT, "  used heap after GC: max %.1f MB over %d samples (%s MB)%n", run.maxHeapBytes() / 1e6,
                    run.heapSamples().size(), sampleList(run.heapSamples()));
        }
        out.flush();
    }

    private static String sampleList(List<Long> samples) {
        int step = Math.max(1, samples.size() / 12);
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < samples.size(); i += step) {
            if (!list.isEmpty()) {
                list.append(' ');
            }
            list.append(Math.round(samples.get(i) / 1e6));
        }
        return list.toString();
    }

    private void machine(List<Path> inputs) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long bytes = 0;
        for (Path input : inputs) {
            try (var files = Files.walk(input)) {
                bytes += files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
        }
        out.printf(Locale.ROOT, "Machine: %d cores, %.1f GB RAM, %s %s; indexer JVM: Java %s, max heap %.0f MB%n",
                os.getAvailableProcessors(), os.getTotalMemorySize() / 1e9, os.getName(), os.getArch(),
                Runtime.version(), Runtime.getRuntime().maxMemory() / 1e6);
        out.printf(Locale.ROOT, "Input: %s (%.1f MB)%n", inputs, bytes / 1e6);
        out.printf(Locale.ROOT, "Bulk: %d requests in flight, %d operations / %d MB per request%n",
                ingest.maxConcurrentRequests(), ingest.maxBulkOperations(), ingest.maxBulkBytes() / (1024 * 1024));
        out.flush();
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Deletes the benchmark's indices and sets them up empty. */
    private void reset() throws IOException {
        List<String> indices = List.copyOf(client.indices().get(g -> g.index(names.prefix() + "*")
                .allowNoIndices(true).ignoreUnavailable(true)).indices().keySet());
        if (!indices.isEmpty()) {
            client.indices().delete(d -> d.index(indices));
        }
        schema.ensure();
    }

    private long count(String alias) {
        try {
            client.indices().refresh(r -> r.index(alias));
            return client.count(c -> c.index(alias)).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
