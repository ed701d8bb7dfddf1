package org.factbench.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.comment.CommentService;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.Stance;
import org.factbench.core.review.ReviewService;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.RunAs;
import org.factbench.web.support.WebTest;
import org.factbench.indexer.testing.TestDirectories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
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
 * Chromium, whose session cookie is then replayed by {@link VaadinSessionClient}); opening the workspace is timed
 * as the server round-trip of Vaadin's init request, which creates the UI and renders the view; the baseline in
 * the same run is the same round-trip for the (small) claims board. Adding a link is timed in a real browser (the
 * reader's Link click, by the browser's Resource Timing), alone and with 20 other sessions holding the workspace open. Heap per session: used heap after a full GC
 * with N sessions logged in and each holding the workspace open, minus before they logged in, over N. Results: {@code target/benchmarks/workspace.md}.
 */
@WebTest
@EnabledIfSystemProperty(named = "factbench.benchmark", matches = "true")
class WorkspaceBenchmark {

    private static final int LINKS = 50;
    private static final int COMMENTS = 20;
    private static final int OPENS_PER_SESSION = 20;
    private static final int LINK_ADDS = 20;
    private int linkCounter;

    @LocalServerPort
    int port;
    @Autowired
    CorpusStoreStartup corpusStartup;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService review;
    @Autowired
    EvidenceService evidence;
    @Autowired
    CommentService comments;
    @Autowired
    SourceCorpus corpus;

    @Test
    void open_the_workspace_with_1_and_with_20_concurrent_sessions() throws Exception {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).isTrue();
        RunAs runAs = new RunAs(users);
        long claimId = runAs.user("checker", this::claimWithEvidenceAndComments);
        URI base = URI.create("http://localhost:" + port);
        String workspace = "claim/" + claimId;

        Map<String, Percentiles> results = new LinkedHashMap<>();
        List<String> heap = new ArrayList<>();
        BrowserLogins logins = new BrowserLogins(base);
        Path profile = Chromium.freshProfile();
        ChromeDriver linker = Chromium.start(profile);
        try {
            LoginPage.open(linker, base.toString()).logInToBoard("checker", "checker");
            PassageHit passage = corpus.searchPassages(PassageQuery.of("Moscow meeting")).hits().getFirst();
            linker.get(base + "/article/" + passage.articleId() + "/" + passage.articleVersion() + "?start="
                    + passage.start() + "&end=" + passage.end() + "&claim=" + claimId);
            ArticlePage reader = ArticlePage.awaitOpen(linker);
            results.put("add a link, nobody else on the claim", addLinks(linker, reader, LINK_ADDS));
            List<VaadinSessionClient> watchers = logins.sessions("editor", "editor", 20);
            run(watchers, workspace, "fb-claim-header", 1);
            results.put("add a link, 20 other sessions with the workspace open", addLinks(linker, reader, LINK_ADDS));
        } catch (RuntimeException e) {
            Screens.save(linker, "benchmark-failure");
            throw new IllegalStateException("Failed at " + linker.getCurrentUrl(), e);
        } finally {
            linker.quit();
            TestDirectories.deleteQuietly(profile);
        }
        for (int sessions : new int[] {1, 20}) {
            long before = usedHeapAfterGc();
            List<VaadinSessionClient> clients = logins.sessions("checker", "checker", sessions);
            Percentiles first = run(clients, workspace, "fb-claim-header", 1);
            long after = usedHeapAfterGc();
            heap.add(String.format("| %d | %.0f KB |", sessions, (after - before) / 1024.0 / sessions));
            results.put("claims board (baseline), " + sessions + " session(s)", run(clients, "", "fb-board-view", 5));
            results.put("open workspace (first time), " + sessions + " session(s)", first);
            results.put("open workspace, " + sessions + " session(s)", run(clients, workspace, "fb-claim-header", OPENS_PER_SESSION));
        }

        StringBuilder report = new StringBuilder();
        report.append("Claim workspace with ").append(LINKS).append(" evidence links and ").append(COMMENTS)
                .append(" comments; ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
                .append(Runtime.version()).append("\n\n| round-trip | requests | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n");
        results.forEach((what, p) -> report.append(p.row(what)).append('\n'));
        report.append("\n| sessions holding the workspace open | heap per session (after GC) |\n| ---: | ---: |\n");
        heap.forEach(row -> report.append(row).append('\n'));
        Path out = Path.of("target/benchmarks/workspace.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(results.values()).allSatisfy(p -> assertThat(p.count()).isPositive());
    }

    private Percentiles run(List<VaadinSessionClient> clients, String route, String expectedClass, int opensEach) throws Exception {
        Percentiles times = new Percentiles();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (VaadinSessionClient client : clients) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < opensEach; i++) times.add(client.open(route, expectedClass));
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } finally {
            pool.shutdown();
        }
        return times;
    }

    /**
     * Adds links in the reader as a checker does (select a span, pick a stance, Link), each a new span; the time is
     * the browser's own Resource Timing of the UIDL request the Link click sends: the server round-trip, in which
     * the link is stored, the reader redrawn and every open workspace of the claim told.
     */
    private Percentiles addLinks(ChromeDriver browser, ArticlePage reader, int count) {
        Percentiles times = new Percentiles();
        for (int i = 0; i < count; i++) {
            reader.rangeSelectInPassage(0, 12 + (linkCounter++ % 40));
            browser.executeScript("performance.clearResourceTimings()");
            reader.linkAs("Context", null);
            Object ms = browser.executeScript("""
                    return Math.max(...performance.getEntriesByType('resource')
                        .filter(e => e.name.includes('v-r=uidl')).map(e => e.duration), -1);""");
            double took = ((Number) ms).doubleValue();
            if (took >= 0) times.add(took);
        }
        return times;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private long claimWithEvidenceAndComments() {
        ClaimView claim = new ClaimFixtures(claims, review, evidence, corpus).inResearch(ClaimFixtures.MOSCOW_CLAIM + " (benchmark)");
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
