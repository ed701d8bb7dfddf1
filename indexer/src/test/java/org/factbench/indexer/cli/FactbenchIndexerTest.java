package org.factbench.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factbench.indexer.store.StoreFixture;
import org.factbench.indexer.testing.TestArchives;
import org.factbench.indexer.testing.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI run in-process against the test node, as a user would call it. */
class FactbenchIndexerTest {

    record Result(int exitCode, String out, String err) {
    }

    static StoreFixture store;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        store = new StoreFixture();
    }

    @AfterAll
    static void stop() throws IOException {
        store.close();
    }

    @Test
    void loadPrintsTheSummaryAndExitsWithZero() {
        Path folder = dir.resolve("ok");
        StoreFixture.article(folder, "a.txt", "Stadium roof", "Valley Post", "2024-08-01", "en",
                "The stadium gets a new roof. Work starts in autumn.");
        StoreFixture.article(folder, "b.txt", "Bus fares", "Valley Post", "2024-08-02", "en",
                "Bus fares stay the same next year, the council decided.");

        Result first = cli("load", folder.toString(), "--no-progress");
        Result second = cli("load", folder.toString(), "--no-progress");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).containsPattern("new +2\\b").containsPattern("failed +0\\b").contains("articles/s");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).containsPattern("new +0\\b").containsPattern("unchanged +2\\b");
    }

    @Test
    void failedInputsAreListedWithTheirReasonAndTheExitCodeIsOne() throws IOException {
        Path folder = dir.resolve("mixed");
        StoreFixture.article(folder, "good.txt", "Pool opens", "Valley Post", "2024-08-03", "en",
                "The open-air pool opens on Saturday.");
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.writeString(folder.resolve("broken.jsonl"), "{\"title\":\"One\",\"text\":\"A fine line of text.\"}\n{not json\n");

        Result result = cli("load", folder.toString(), "--no-progress", "--outlet", "Test Wire", "--published", "2024-08-03");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(result.out()).containsPattern("new +2\\b").containsPattern("failed +2\\b").contains("Failed:");
        assertThat(failureLines(result.out())).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("empty.txt: ").contains("empty"))
                .anySatisfy(line -> assertThat(line).contains("broken.jsonl").contains("line 2"));
    }

    @Test
    void statsAndRebuildReportWhatTheyDid() {
        StoreFixture.article(dir, "c.txt", "Market day", "Harbour Daily", "2024-08-04", "en",
                "Market day moves to Thursday.");
        assertThat(cli("load", dir.toString(), "--no-progress").exitCode()).isZero();

        Result stats = cli("stats");
        Result rebuild = cli("rebuild", "--no-progress");
        Result after = cli("stats");

        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).contains(store.names.articles()).contains("Harbour Daily").contains("hunspell");
        assertThat(rebuild.exitCode()).isZero();
        assertThat(rebuild.out()).contains("Rebuilt in").containsPattern("-00000\\d -> .*-00000\\d");
        assertThat(after.out()).contains("Harbour Daily");
    }

    @Test
    void dnsRecordsOfACrawlAreANoteNotAFailureAndTheExitCodeStaysZero() throws IOException {
        Path folder = dir.resolve("crawl");
        Files.createDirectories(folder);
        Files.write(folder.resolve("crawl.warc"), TestArchives.crawlWithDnsRecords(
                "https://monitor.example/pool", "<html><head><title>Pool opens</title></head><body><article><h1>Pool opens</h1>"
                        + "<p>The open-air pool opens on Saturday, a week later than planned.</p></article></body></html>"));

        Result result = cli("load", folder.toString(), "--no-progress");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("new +1\\b").containsPattern("failed +0\\b")
                .contains("skipped 2 non-HTTP record(s), which hold no web page (2 dns: response)");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(cli("load", dir.resolve("missing").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        Result badDate = cli("load", dir.toString(), "--published", "yesterday");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).contains("--published");
    }

    @Test
    void anUnreachableClusterIsReportedWithExitCodeThree() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        Result result = run("--es-url", "http://127.0.0.1:" + port, "--es-wait", "1", "stats");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.err()).startsWith("Error: ").contains("127.0.0.1:" + port);
    }

    private static List<String> failureLines(String out) {
        List<String> lines = new ArrayList<>();
        boolean inFailures = false;
        for (String line : out.split("\n")) {
            if (line.equals("Failed:")) {
                inFailures = true;
            } else if (inFailures && line.startsWith("  ")) {
                lines.add(line);
            } else if (inFailures) {
                break;
            }
        }
        return lines;
    }

    private Result cli(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        all.addAll(List.of("--es-url", TestElasticsearch.uri().toString(), "--index-prefix", store.names.prefix()));
        return run(all.toArray(String[]::new));
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FactbenchIndexer.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
