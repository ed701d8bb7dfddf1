package org.factbench.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.web.status.CorpusProbe.Observation;
import org.factbench.web.status.CorpusStatus.State;
import org.factbench.web.support.MovableClock;
import org.junit.jupiter.api.Test;

/** Unit test of the monitor's bookkeeping with a scripted probe; the real probe is covered in CorpusBannerTest. */
class CorpusStatusMonitorTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final ScriptedProbe probe = new ScriptedProbe();
    private final List<CorpusStatus> seen = new ArrayList<>();
    private final CorpusStatusMonitor monitor = new CorpusStatusMonitor(probe,
            new StatusProperties(Duration.ofSeconds(5)), clock);

    {
        monitor.subscribe(seen::add);
    }

    @Test
    void listeners_hear_each_change_once() {
        probe.answer = Observation.down(false, "Elasticsearch at [http://es:9200] cannot be reached (refused).", T0);
        monitor.check();
        monitor.check();
        probe.answer = Observation.up(false, T0.plusSeconds(5));
        monitor.check();

        assertThat(seen).extracting(CorpusStatus::state).containsExactly(State.UNAVAILABLE, State.AVAILABLE);
        assertThat(seen.getFirst().messageKey()).isEqualTo("status.unavailable");
        assertThat(seen.getFirst().detail()).contains("cannot be reached");
    }

    @Test
    void a_failed_search_shows_the_banner_at_once_and_a_cached_up_from_before_it_does_not_hide_it() {
        monitor.reportUnavailable(new CorpusUnavailableException("connection closed", null));
        assertThat(monitor.current().available()).isFalse();

        probe.answer = Observation.up(false, T0.minusSeconds(1));
        monitor.check();
        assertThat(monitor.current().available()).as("stale answer ignored").isFalse();

        probe.answer = Observation.up(false, T0.plusSeconds(1));
        monitor.check();
        assertThat(monitor.current().available()).as("fresh answer clears it").isTrue();
    }

    @Test
    void a_probe_that_throws_counts_as_unavailable() {
        probe.failure = new IllegalStateException("boom");

        assertThat(monitor.check().state()).isEqualTo(State.UNAVAILABLE);
    }

    @Test
    void a_dying_local_node_keeps_one_sentence_while_its_probes_alternate_and_gives_up_on_it_only_once() {
        probe.answer = Observation.up(true, T0);
        monitor.check();
        seen.clear();

        // What the readiness probe of a node that died and is being started again answers, check after check.
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofSeconds(5));
            probe.answer = i % 2 == 0
                    ? Observation.down(true, "The local Elasticsearch node is starting.", clock.instant())
                    : Observation.down(true, "Elasticsearch at [http://127.0.0.1:9200] cannot be reached "
                            + "(Connection refused).\n[2026-01-01T10:00:05][WARN ][o.e.b.BootstrapChecks] raw log line",
                            clock.instant());
            monitor.check();
            assertThat(monitor.current().state()).as("check " + i).isEqualTo(State.RESTARTING);
        }
        assertThat(seen).extracting(CorpusStatus::state).containsOnly(State.RESTARTING);

        clock.advance(CorpusStatusMonitor.START_GRACE);
        monitor.check();
        probe.answer = Observation.down(true, "The local Elasticsearch node is starting.", clock.instant());
        monitor.check();
        assertThat(monitor.current().state()).as("a restart this long is no restart any more")
                .isEqualTo(State.UNAVAILABLE);

        probe.answer = Observation.up(true, clock.instant().plusSeconds(1));
        monitor.check();
        assertThat(seen).extracting(CorpusStatus::state).containsSubsequence(State.RESTARTING, State.UNAVAILABLE,
                State.AVAILABLE).doesNotContainSequence(State.UNAVAILABLE, State.RESTARTING);
    }

    @Test
    void the_first_start_of_the_local_node_says_starting_and_a_remote_cluster_says_unavailable() {
        probe.answer = Observation.down(true, "The local Elasticsearch node is starting.", T0);
        assertThat(monitor.check().messageKey()).isEqualTo("status.starting");

        CorpusStatusMonitor remote = new CorpusStatusMonitor(probe, new StatusProperties(Duration.ofSeconds(5)), clock);
        probe.answer = Observation.down(false, "Elasticsearch at [https://es:9200] refused our credentials.", T0);
        assertThat(remote.check().messageKey()).isEqualTo("status.unavailable");
    }

    @Test
    void every_sentence_has_a_text_and_none_names_a_host_or_an_exception() throws Exception {
        java.util.Properties texts = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/i18n/status.properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (State state : State.values()) {
            String key = new CorpusStatus(state, "").messageKey();
            assertThat(texts).as(key).containsKey(key);
            assertThat(texts.getProperty(key)).doesNotContainIgnoringCase("exception")
                    .doesNotContainIgnoringCase("elasticsearch").doesNotContain("http");
        }
    }

    private static final class ScriptedProbe implements CorpusProbe {

        Observation answer = Observation.up(false, T0);
        RuntimeException failure;

        @Override
        public Observation check() {
            if (failure != null) {
                throw failure;
            }
            return answer;
        }
    }
}
