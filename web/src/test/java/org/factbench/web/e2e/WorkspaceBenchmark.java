package org.factbench.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.comment.CommentService;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.Stance;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.RunAs;
import org.factbench.web.support.WebTest;
import org.factbench.indexer.testing.TestDirectories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The claim workspace under load (issue 11's benchmark; not part of the test run):
 * <pre>
 * ./mvnw -B -pl web -am verify -Djacoco.skip=true -Dtest=WorkspaceBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dfactbench.benchmark=true
 * </pre>
 * One claim with 50 evidence links and 20 comments. Sessions are real logins (the login form in headless
 * Chromium), whose session cookies {@link VaadinSessionClient} then replays with Flow's own requests; opening the
 * workspace is timed as the UIDL round-trip of the navigation that renders it, against the claims board and a
 * heartbeat in the same run ({@link SessionLoad}: no think time, 20 requests in flight, the saturation figure).
 * The same 20 sessions then go round like people reading ({@link ReadingSessions}: workspace, board, with a think
 * time uniform between 1 and 3 s after each step, seeded) for {@value #READING_ROUNDS} rounds, and again while links
 * are added. Adding a link is timed in a real browser ({@link LinkAdder}). Heap: used heap after full GCs and the
 * class histogram before the 20 sessions log in, after, and with each holding the workspace open
 * ({@link HeapCensus}): per session as measured, per workspace UI, and the classes that grew most.
 * Results: {@code target/benchmarks/workspace.md}.
 */
@WebTest
@EnabledIfSystemProperty(named = "factbench.benchmark", matches = "true")
class WorkspaceBenchmark {

    static {
        // The tests run Vaadin in dev mode, whose component tracker keeps a stack trace for every component's
        // creation and attach (for the dev tools) while the component lives: about as much heap as the components
        // themselves. The production jar has no dev mode; the benchmark measures the app, not that tool. Set
        // before the Spring context starts, which reads it into Vaadin's configuration.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    static final String WORKSPACE_MARKER = "fb-claim-header";
    static final String BOARD_MARKER = "fb-board-view";
    private static final int LINKS = 50;
    private static final int COMMENTS = 20;
    private static final int SESSIONS = 20;
    private static final int LINK_ADDS = 20;
    /** Rounds per session with think time: 20 x 10 = 200 workspace opens. */
    static final int READING_ROUNDS = 10;
    private static final long THINK_TIME_SEED = 11;
    /** Where the report and the class histograms go (relative to the module, as Maven runs the tests). */
    private static final Path RESULTS = Path.of("target/benchmarks");
    private static final String WITH_THINK_TIME = SESSIONS + " sessions with " + ReadingSessions.MIN_THINK.toSeconds()
            + "-" + ReadingSessions.MAX_THINK.toSeconds() + " s think time";

    @LocalServerPort
    int port;
    @Autowired
    CorpusStoreStartup corpusStartup;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClaimFixtures fixtures;
    @Autowired
    EvidenceService evidence;
    @Autowired
    CommentService comments;
    @Autowired
    SourceCorpus corpus;

    @Test
    void open_the_workspace_and_add_links_with_1_and_with_20_sessions() throws Exception {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).isTrue();
        RunAs runAs = new RunAs(users);
        long claimId = runAs.user("checker", this::claimWithEvidenceAndComments);
        URI base = URI.create("http://localhost:" + port);
        String workspace = "claim/" + claimId;
        String loadBefore = loadAverage();

        Map<String, Percentiles> results = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        BrowserLogins logins = new BrowserLogins(base);
        Path profile = Chromium.freshProfile();
        ChromeDriver linkerBrowser = Chromium.start(profile);
        try {
            LinkAdder linker = openReader(linkerBrowser, base, claimId);
            VaadinSessionClient solo = logins.sessions("checker", "checker", 1).getFirst();
            solo.open("", BOARD_MARKER);
            SessionLoad alone = new SessionLoad(List.of(solo), workspace);
            alone.rounds(10); // warm-up: JIT, caches, the first rendering of each view
            linker.add(5, new Percentiles());
            SessionLoad.Times one = alone.rounds(40);
            put(results, "1 session", one);
            Percentiles linkAlone = new Percentiles();
            linker.add(LINK_ADDS, linkAlone);
            results.put("add a link, 1 session (nobody else on the claim)", linkAlone);

            HeapCensus.Snapshot beforeLogins = HeapCensus.Snapshot.take(RESULTS.resolve("histogram-before-logins.txt"));
            List<VaadinSessionClient> crowd = logins.sessions("editor", "editor", SESSIONS);
            HeapCensus.Snapshot afterLogins = HeapCensus.Snapshot.take(RESULTS.resolve("histogram-after-logins.txt"));
            results.put("open the workspace in a new tab, " + SESSIONS + " at once", openAll(crowd, workspace));
            takeWhatWasPushed(crowd);
            dropConnections(crowd);
            HeapCensus.Snapshot workspacesOpen = HeapCensus.Snapshot.take(RESULTS.resolve("histogram-workspaces-open.txt"));
            for (VaadinSessionClient client : crowd) client.navigate("", BOARD_MARKER);
            dropConnections(crowd);
            HeapCensus.Snapshot boardsOpen = HeapCensus.Snapshot.take(RESULTS.resolve("histogram-boards-open.txt"));
            for (VaadinSessionClient client : crowd) client.navigate(workspace, WORKSPACE_MARKER);
            HeapCensus heap = new HeapCensus(SESSIONS, beforeLogins, afterLogins, workspacesOpen, boardsOpen);

            SessionLoad load = new SessionLoad(crowd, workspace);
            Percentiles linkWatched = new Percentiles();
            Percentiles syncs = load.whileHolding(() -> linker.add(LINK_ADDS, linkWatched));
            results.put("add a link, " + SESSIONS + " other sessions holding the workspace open", linkWatched);
            results.put("their syncs meanwhile (what push would bring)", syncs);
            put(results, SESSIONS + " concurrent sessions", load.rounds(10));
            Percentiles linkBusy = new Percentiles();
            SessionLoad.Times meanwhile = load.whileRunning(() -> linker.add(LINK_ADDS, linkBusy));
            results.put("add a link, " + SESSIONS + " other sessions going round at once", linkBusy);
            results.put("open the workspace meanwhile, " + SESSIONS + " sessions going round", meanwhile.workspace());

            ReadingSessions readers = new ReadingSessions(crowd, workspace, THINK_TIME_SEED);
            ReadingSessions.Run reading = readers.run(READING_ROUNDS, () -> { });
            results.put("open the workspace, " + WITH_THINK_TIME, reading.workspace());
            results.put("baseline: open the claims board, " + WITH_THINK_TIME, reading.board());
            Percentiles linkReading = new Percentiles();
            ReadingSessions.Run readingMeanwhile = readers.run(1, () -> linker.add(LINK_ADDS, linkReading));
            results.put("add a link while " + SESSIONS + " sessions go round with think time", linkReading);
            notes.add(offeredLoad("going round " + READING_ROUNDS + " times", reading));
            notes.add(offeredLoad("while the links were added", readingMeanwhile));
            notes.add(heap.report());
        } catch (RuntimeException e) {
            Screens.save(linkerBrowser, "benchmark-failure");
            throw new IllegalStateException("Failed at " + linkerBrowser.getCurrentUrl(), e);
        } finally {
            linkerBrowser.quit();
            TestDirectories.deleteQuietly(profile);
        }
        String report = report(results, notes, loadBefore);
        Path out = RESULTS.resolve("workspace.md");
        Files.createDirectories(RESULTS);
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(results.values()).allSatisfy(p -> assertThat(p.count()).isPositive());
    }

    private LinkAdder openReader(ChromeDriver browser, URI base, long claimId) {
        LoginPage.open(browser, base.toString()).logInToBoard("checker", "checker");
        PassageHit passage = corpus.searchPassages(PassageQuery.of("Moscow meeting")).hits().getFirst();
        browser.get(base + "/article/" + passage.articleId() + "/" + passage.articleVersion() + "?start="
                + passage.start() + "&end=" + passage.end() + "&claim=" + claimId);
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("mark.fb-passage")));
        return new LinkAdder(browser);
    }

    /**
     * Suggestions and possible duplicates reach an open tab after it was shown, by push; these replayed sessions
     * have no push channel, so the changes would wait in each UI (and count in its heap) until its next request.
     * Once they are found, every session takes them with one sync, as a browser would have at once.
     */
    private static void takeWhatWasPushed(List<VaadinSessionClient> clients) throws Exception {
        Thread.sleep(10_000);
        for (VaadinSessionClient client : clients) client.sync();
    }

    /** The server's buffers for the sessions' idle sockets are not session state: closed before a heap census. */
    private static void dropConnections(List<VaadinSessionClient> clients) throws InterruptedException {
        clients.forEach(VaadinSessionClient::dropConnections);
        Thread.sleep(1_000);
    }

    /** Every session opens a new tab on the workspace at the same moment; the first navigation of each is timed. */
    private static Percentiles openAll(List<VaadinSessionClient> clients, String workspace) throws Exception {
        Percentiles times = new Percentiles();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (VaadinSessionClient client : clients) {
                running.add(pool.submit(() -> {
                    times.add(client.open(workspace, WORKSPACE_MARKER));
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } finally {
            pool.shutdown();
        }
        return times;
    }

    private static void put(Map<String, Percentiles> results, String sessions, SessionLoad.Times times) {
        results.put("open the workspace, " + sessions, times.workspace());
        results.put("baseline: open the claims board, " + sessions, times.board());
        results.put("floor: heartbeat, " + sessions, times.heartbeat());
    }

    private static String offeredLoad(String when, ReadingSessions.Run run) {
        return String.format("Offered load with think time (uniform %d-%d s after each step, seed %d), %s: "
                        + "**%.1f requests/s** (%d navigations by %d sessions in %.0f s).",
                ReadingSessions.MIN_THINK.toSeconds(), ReadingSessions.MAX_THINK.toSeconds(), THINK_TIME_SEED, when,
                run.requestsPerSecond(), run.requests(), SESSIONS, run.took().toMillis() / 1000.0);
    }

    private static String report(Map<String, Percentiles> results, List<String> notes, String loadBefore)
            throws IOException {
        StringBuilder report = new StringBuilder();
        report.append("Claim workspace with ").append(LINKS).append(" evidence links and ").append(COMMENTS)
                .append(" comments; ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
                .append(Runtime.version()).append(", max heap ").append(Runtime.getRuntime().maxMemory() >> 20)
                .append(" MB; load average before ").append(loadBefore).append(", after ").append(loadAverage())
                .append("\n\n| round-trip | requests | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n");
        results.forEach((what, p) -> report.append(p.row(what)).append('\n'));
        for (String note : notes) report.append('\n').append(note.strip()).append('\n');
        return report.toString();
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private long claimWithEvidenceAndComments() {
        ClaimView claim = fixtures.inResearch(ClaimFixtures.MOSCOW_CLAIM + " (benchmark)");
        List<PassageHit> hits = new ArrayList<>();
        for (String word : List.of("meeting", "Moscow", "border", "railway", "talks", "trade", "commission", "historian")) {
            hits.addAll(corpus.searchPassages(new PassageQuery(word, null, null, null, null, 0, 20)).hits());
        }
        int linked = 0;
        for (int i = 0; linked < LINKS; i++) {
            PassageHit hit = hits.get(i % hits.size());
            ArticleText article = corpus.version(hit.articleId(), hit.articleVersion()).orElseThrow();
            // Each round over the hits takes a shorter span, so no two links are the same.
            int round = i / hits.size();
            int end = hit.end() - round * 3;
            if (end - hit.start() < 10) continue;
            evidence.link(claim.id(), new EvidenceSelection(hit.articleId(), hit.articleVersion(), hit.start(), end,
                    article.body().substring(hit.start(), end), Stance.values()[i % 3], "Benchmark link " + i));
            linked++;
        }
        for (int i = 0; i < COMMENTS; i++) comments.add(claim.id(), "Benchmark comment " + i + " about the sources.");
        return claim.id();
    }
}
