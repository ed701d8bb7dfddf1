package org.factbench.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.comment.CommentService;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.evidence.AnchoringProperties;
import org.factbench.core.evidence.EvidenceReanchoring;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.ReanchorSummary;
import org.factbench.core.evidence.Stance;
import org.factbench.core.evidence.anchor.AnchorResult;
import org.factbench.core.evidence.anchor.AnchorState;
import org.factbench.core.evidence.anchor.Reanchorer;
import org.factbench.core.evidence.anchor.TextAnchor;
import org.factbench.core.testsupport.CoreSpringTest;
import org.factbench.core.testsupport.InMemorySourceCorpus;
import org.factbench.core.testsupport.PostgresTest;
import org.factbench.core.testsupport.Samples;
import org.factbench.core.testsupport.TestUsers;
import org.factbench.core.user.UserAccountRepository;
import org.factbench.core.workspace.ClaimWorkspace;
import org.factbench.core.workspace.ClaimWorkspaceService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Core on PostgreSQL, each figure next to a baseline measured in the same run (plain JDBC doing the same
 * database work, and the bare anchoring algorithm). Run: {@code ./mvnw -o -q -pl core -am verify -Pbenchmark}.
 * Results go to standard output and {@code core/target/benchmarks/core.md}.
 */
@CoreSpringTest
@PostgresTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoreBenchmark {

    private static final StringBuilder results = new StringBuilder();

    @Autowired ClaimService claims;
    @Autowired EvidenceService evidence;
    @Autowired CommentService comments;
    @Autowired ClaimWorkspaceService workspaces;
    @Autowired EvidenceReanchoring reanchoring;
    @Autowired AnchoringProperties anchoring;
    @Autowired InMemorySourceCorpus corpus;
    @Autowired UserAccountRepository accounts;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    @Order(1)
    void loading_a_claim_with_100_evidence_links_and_50_comments() {
        ArticleText article = corpus.publish("bench-load", new GeneratedArticle(400, 1).body);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        Random random = new Random(11);
        for (int i = 0; i < 100; i++) {
            EvidenceSelection selection = randomSpan(article, random, Stance.values()[i % 3]);
            users.checker(() -> evidence.link(claim.id(), selection));
        }
        for (int i = 0; i < 50; i++) {
            String body = (i % 5 == 0 ? "@editor " : "") + "Comment number " + i + " on the sources of this claim.";
            if (i % 2 == 0) users.checker(() -> comments.add(claim.id(), body)); else users.editor(() -> comments.add(claim.id(), body));
        }
        ClaimWorkspace loaded = users.checker(() -> workspaces.load(claim.id()));
        assertThat(loaded.evidence()).hasSize(100);
        assertThat(loaded.comments()).hasSize(50);
        assertThat(jdbcWorkspace(claim.id())).isEqualTo(100 + 50 + 1);

        int warmup = 200;
        int runs = 500;
        long[] service = new long[runs];
        long[] raw = new long[runs];
        for (int i = 0; i < warmup; i++) {
            users.checker(() -> workspaces.load(claim.id()));
            jdbcWorkspace(claim.id());
        }
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            users.checker(() -> workspaces.load(claim.id()));
            long t1 = System.nanoTime();
            jdbcWorkspace(claim.id());
            long t2 = System.nanoTime();
            service[i] = t1 - t0;
            raw[i] = t2 - t1;
        }
        Timings s = Timings.of(service);
        Timings r = Timings.of(raw);
        results.append("""
                ### Loading a claim workspace (claim + 100 evidence links + 50 comments)

                %d runs after %d warm-up runs, interleaved.

                | | p50 ms | p95 ms | p99 ms |
                |---|---:|---:|---:|
                | `ClaimWorkspaceService.load` (security, transaction, Hibernate, MapStruct records) | %.2f | %.2f | %.2f |
                | baseline: plain JDBC, same rows and columns in one read-only transaction | %.2f | %.2f | %.2f |
                | ratio service / baseline | %.1f | %.1f | |

                """.formatted(runs, warmup, s.p50(), s.p95(), s.p99(), r.p50(), r.p95(), r.p99(),
                s.p50() / r.p50(), s.p95() / r.p95()));
    }

    @Test
    @Order(2)
    void linking_evidence() {
        ArticleText article = corpus.publish("bench-link", new GeneratedArticle(400, 2).body);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        long authorId = accounts.findByUsername(TestUsers.CHECKER).orElseThrow().getId();
        Random random = new Random(12);
        int warmup = 100;
        int runs = 1000;
        for (int i = 0; i < warmup; i++) {
            EvidenceSelection selection = randomSpan(article, random, Stance.SUPPORTS);
            users.checker(() -> evidence.link(claim.id(), selection));
            rawLink(claim.id(), authorId, article, selection, 2_000_000_000L + i);
        }
        List<EvidenceSelection> selections = new ArrayList<>();
        for (int i = 0; i < runs; i++) selections.add(randomSpan(article, random, Stance.values()[i % 3]));

        long t0 = System.nanoTime();
        for (EvidenceSelection selection : selections) users.checker(() -> evidence.link(claim.id(), selection));
        long serviceNanos = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        for (int i = 0; i < runs; i++) rawLink(claim.id(), authorId, article, selections.get(i), 2_100_000_000L + i);
        long rawNanos = System.nanoTime() - t1;

        double serviceRate = runs / (serviceNanos / 1e9);
        double rawRate = runs / (rawNanos / 1e9);
        results.append("""
                ### Linking evidence

                %d links, one transaction each, single thread, after %d warm-up links.

                | | links/s | ms per link |
                |---|---:|---:|
                | `EvidenceService.link` (security, claim check, span checked against the article, link + activity entry, event) | %.0f | %.2f |
                | baseline: plain JDBC insert of the link row and its activity row in one transaction | %.0f | %.2f |
                | ratio baseline / service throughput | %.1f | |

                """.formatted(runs, warmup, serviceRate, 1000 / serviceRate, rawRate, 1000 / rawRate, rawRate / serviceRate));
    }

    @Test
    @Order(3)
    void reanchoring_10000_links_after_an_article_changed() {
        int links = 10_000;
        GeneratedArticle generated = new GeneratedArticle(2000, 3);
        ArticleText v1 = corpus.publish("bench-reanchor", generated.body);
        List<Long> claimIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) claimIds.add(users.checker(() -> claims.create(Samples.claim())).id());
        long authorId = accounts.findByUsername(TestUsers.CHECKER).orElseThrow().getId();
        Random random = new Random(13);
        List<TextAnchor> anchors = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < links; i++) {
            EvidenceSelection s = randomSpan(v1, random, Stance.CONTEXT);
            TextAnchor anchor = TextAnchor.of(v1.body(), s.start(), s.end());
            anchors.add(anchor);
            rows.add(linkRow(3_000_000_000L + i, claimIds.get(i % claimIds.size()), authorId, v1, anchor, Stance.CONTEXT));
        }
        jdbc.batchUpdate(INSERT_LINK, rows);
        int[] deleted = {0};
        int[] reworded = {0};
        String newBody = generated.edited(4, deleted, reworded);
        ArticleText v2 = corpus.publish(v1.id(), newBody);

        // Warm the JIT on the anchoring code first, so neither the service nor the baseline pays for compilation.
        Reanchorer warmup = new Reanchorer(anchoring.minScore());
        anchors.forEach(anchor -> warmup.reanchor(anchor, v1.body(), newBody));

        long t0 = System.nanoTime();
        ReanchorSummary summary = users.editor(() -> reanchoring.reanchorArticle(v1.id()));
        long serviceNanos = System.nanoTime() - t0;

        Reanchorer algorithm = new Reanchorer(anchoring.minScore());
        Map<AnchorState, Integer> counts = new EnumMap<>(AnchorState.class);
        List<AnchorResult> computed = new ArrayList<>();
        long t1 = System.nanoTime();
        for (TextAnchor anchor : anchors) computed.add(algorithm.reanchor(anchor, v1.body(), newBody));
        long algorithmNanos = System.nanoTime() - t1;
        computed.forEach(r -> counts.merge(r.state(), 1, Integer::sum));
        long jdbcNanos = rawReanchorWrites(v1.id(), v2.version(), computed);

        assertThat(summary.examined()).isEqualTo(links);
        assertThat(summary.orphaned()).isEqualTo(counts.getOrDefault(AnchorState.ORPHANED, 0));
        assertThat(summary.fuzzy()).isEqualTo(counts.getOrDefault(AnchorState.FUZZY, 0));
        Integer audited = jdbc.queryForObject("select count(*) from activity_entry where action = 'EVIDENCE_REANCHORED' "
                + "and subject_id >= 3000000000", Integer.class);
        assertThat(audited).isEqualTo(links);

        double serviceMs = serviceNanos / 1e6;
        double baselineMs = (algorithmNanos + jdbcNanos) / 1e6;
        results.append("""
                ### Re-anchoring %d links after their article changed

                Article v1: %d characters, %d sentences; v2 inserts a paragraph at the top (every offset moves),
                rewords %d sentences, deletes %d and re-flows about 3%% with different whitespace. The links are
                partial sentences spread over 20 claims. Outcome: %d exact position, %d exact quote, %d fuzzy, %d orphaned.
                One untimed pass of the algorithm over all anchors runs first to warm the JIT.

                | | total ms | links/s |
                |---|---:|---:|
                | `EvidenceReanchoring.reanchorArticle` (chunks of %d, one transaction each, activity entry and event per link) | %.0f | %.0f |
                | baseline part 1: the anchoring algorithm alone (`Reanchorer` with old and new body, fresh instance, same anchors) | %.0f | %.0f |
                | baseline part 2: plain JDBC, same reads, updates and activity inserts in chunks of 500 (rolled back) | %.0f | %.0f |
                | ratio service / (algorithm + JDBC) | %.2f | |

                """.formatted(links, v1.body().length(), generated.sentences.size(), reworded[0], deleted[0],
                summary.exactPosition(), summary.exactQuote(), summary.fuzzy(), summary.orphaned(), anchoring.chunkSize(),
                serviceMs, links / (serviceMs / 1000), algorithmNanos / 1e6, links / (algorithmNanos / 1e9),
                jdbcNanos / 1e6, links / (jdbcNanos / 1e9), serviceMs / baselineMs));
    }

    @AfterAll
    static void write() throws IOException {
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        String header = """
                ## Core on PostgreSQL (generated by CoreBenchmark)

                Machine: %d cores visible to the JVM, load average at the end "%s" (shared with other builds), JDK %s,
                %s. Heap -Xmx1g. Fresh database per run.

                """.formatted(Runtime.getRuntime().availableProcessors(), load, Runtime.version(), postgresVersion);
        String report = header + results;
        Path out = Path.of("target/benchmarks/core.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static String postgresVersion = "PostgreSQL";

    private int jdbcWorkspace(long claimId) {
        Integer rows = transactions.execute(status -> {
            status.setRollbackOnly();
            if (postgresVersion.equals("PostgreSQL")) postgresVersion = jdbc.queryForObject("select version()", String.class).split(",")[0];
            List<List<Object>> claim = jdbc.query("select c.*, cb.username, cb.display_name, a.username, a.display_name from claim c "
                    + "join user_account cb on cb.id = c.created_by_id left join user_account a on a.id = c.assignee_id where c.id = ?",
                    CoreBenchmark::row, claimId);
            jdbc.query("select tag from claim_tag where claim_id = ? order by tag", CoreBenchmark::row, claimId);
            jdbc.query("select url, appeared_on from claim_appearance where claim_id = ? order by sort_order", CoreBenchmark::row, claimId);
            jdbc.query("select v.*, p.username, p.display_name, r.username, r.display_name from verdict_proposal v "
                    + "join user_account p on p.id = v.proposer_id left join user_account r on r.id = v.reviewer_id "
                    + "where v.claim_id = ? order by v.id", CoreBenchmark::row, claimId);
            List<List<Object>> links = jdbc.query("select e.*, u.username, u.display_name from evidence_link e "
                    + "join user_account u on u.id = e.author_id where e.claim_id = ? order by e.id", CoreBenchmark::row, claimId);
            List<List<Object>> thread = jdbc.query("select m.*, u.username, u.display_name from claim_comment m "
                    + "join user_account u on u.id = m.author_id where m.claim_id = ? order by m.created_at, m.id", CoreBenchmark::row, claimId);
            jdbc.query("select cm.comment_id, u.id, u.username, u.display_name from comment_mention cm join user_account u "
                    + "on u.id = cm.user_id where cm.comment_id in (select id from claim_comment where claim_id = ?)", CoreBenchmark::row, claimId);
            jdbc.query("select claim_id, version_no, published_at, rating, approver_name, what_changed, why_changed "
                    + "from report_version where claim_id = ? order by version_no", CoreBenchmark::row, claimId);
            return claim.size() + links.size() + thread.size();
        });
        return rows == null ? 0 : rows;
    }

    private static List<Object> row(ResultSet rs, int n) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        List<Object> values = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) values.add(rs.getObject(i));
        return values;
    }

    private void rawLink(long claimId, long authorId, ArticleText article, EvidenceSelection s, long id) {
        TextAnchor anchor = TextAnchor.of(article.body(), s.start(), s.end());
        transactions.executeWithoutResult(status -> {
            jdbc.update(INSERT_LINK, linkRow(id, claimId, authorId, article, anchor, s.stance()));
            jdbc.update(INSERT_ACTIVITY, id, Timestamp.from(Instant.now()), authorId, TestUsers.CHECKER, "EVIDENCE_LINKED",
                    "EVIDENCE", id, claimId, null, null, "{\"quoteExact\":\"" + anchor.quote().exact() + "\"}");
        });
    }

    /** The database work of a re-anchoring pass without the service: read in chunks, update, log; rolled back. */
    private long rawReanchorWrites(String articleId, int newVersion, List<AnchorResult> results) {
        long t0 = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long afterId = 0;
            int index = 0;
            while (true) {
                List<Long> ids = jdbc.query("select id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset, "
                        + "article_version, version from evidence_link where article_id = ? and id > ? order by id limit 500",
                        (rs, n) -> rs.getLong(1), articleId, afterId);
                if (ids.isEmpty()) break;
                List<Object[]> updates = new ArrayList<>();
                List<Object[]> logs = new ArrayList<>();
                for (Long id : ids) {
                    AnchorResult r = results.get(Math.min(index++, results.size() - 1));
                    TextAnchor a = r.found() ? r.anchor() : TextAnchor.of("placeholder", 0, 1);
                    updates.add(new Object[] {a.quote().exact(), a.quote().prefix(), a.quote().suffix(), a.position().start(),
                            a.position().end(), newVersion, newVersion, r.state().name(), r.score(), id});
                    logs.add(new Object[] {4_000_000_000L + id, Timestamp.from(Instant.now()), null, "system", "EVIDENCE_REANCHORED",
                            "EVIDENCE", id, null, r.state().name(), "{\"state\":\"EXACT_POSITION\"}", "{\"state\":\"" + r.state() + "\"}"});
                }
                jdbc.batchUpdate("update evidence_link set quote_exact = ?, quote_prefix = ?, quote_suffix = ?, start_offset = ?, "
                        + "end_offset = ?, article_version = ?, checked_version = ?, anchor_state = ?, anchor_score = ?, "
                        + "version = version + 1 where id = ?", updates);
                jdbc.batchUpdate(INSERT_ACTIVITY, logs);
                afterId = ids.getLast();
            }
        });
        return System.nanoTime() - t0;
    }

    private static EvidenceSelection randomSpan(ArticleText article, Random random, Stance stance) {
        String body = article.body();
        int start = random.nextInt(body.length() - 200);
        int end = start + 20 + random.nextInt(100);
        while (Character.isWhitespace(body.charAt(start))) start++;
        return new EvidenceSelection(article.id(), article.version(), start, end, body.substring(start, end), stance, null);
    }

    private static Object[] linkRow(long id, long claimId, long authorId, ArticleText article, TextAnchor anchor, Stance stance) {
        Timestamp now = Timestamp.from(Instant.now());
        return new Object[] {id, claimId, article.id(), article.version(), article.version(), article.title(), article.url(),
                article.outlet(), Timestamp.from(article.published().toInstant()), anchor.quote().exact(), anchor.quote().prefix(),
                anchor.quote().suffix(), anchor.position().start(), anchor.position().end(), anchor.quote().exact(), stance.name(),
                null, authorId, now, now, AnchorState.EXACT_POSITION.name(), 1.0, 0L};
    }

    private static final String INSERT_LINK = "insert into evidence_link (id, claim_id, article_id, article_version, "
            + "checked_version, article_title, article_url, article_outlet, article_published, quote_exact, quote_prefix, "
            + "quote_suffix, start_offset, end_offset, quoted_snapshot, stance, note, author_id, created_at, updated_at, "
            + "anchor_state, anchor_score, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ACTIVITY = "insert into activity_entry (id, occurred_at, actor_id, actor_name, action, "
            + "subject_type, subject_id, claim_id, note, before_json, after_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
}
