package org.factbench.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.junit.jupiter.api.Test;

/** Unit test of the monitor's bookkeeping with a scripted probe; the real probe is covered in SearchViewTest. */
class CorpusStatusMonitorTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final ScriptedProbe probe = new ScriptedProbe();
    private final List<CorpusStatus> seen = new ArrayList<>();
    private final CorpusStatusMonitor monitor = new CorpusStatusMonitor(probe,
            new StatusProperties(Duration.ofSeconds(5)), Clock.fixed(T0, ZoneOffset.UTC));

    {
        monitor.subscribe(seen::add);
    }

    @Test
    void listeners_hear_each_change_once() {
        probe.answer = new CorpusProbe.Observation(CorpusStatus.unreachable("http://es:9200", "refused"), T0);
        monitor.check();
        monitor.check();
        probe.answer = new CorpusProbe.Observation(CorpusStatus.reachable(), T0.plusSeconds(5));
        monitor.check();

        assertThat(seen).extracting(CorpusStatus::available).containsExactly(false, true);
        assertThat(seen.getFirst().message())
                .isEqualTo("Search is unavailable: cannot reach Elasticsearch at http://es:9200; retrying.");
    }

    @Test
    void a_failed_search_shows_the_banner_at_once_and_a_cached_up_from_before_it_does_not_hide_it() {
        monitor.reportUnavailable(new CorpusUnavailableException("connection closed", null));
        assertThat(monitor.current().available()).isFalse();

        probe.answer = new CorpusProbe.Observation(CorpusStatus.reachable(), T0.minusSeconds(1));
        monitor.check();
        assertThat(monitor.current().available()).as("stale answer ignored").isFalse();

        probe.answer = new CorpusProbe.Observation(CorpusStatus.reachable(), T0.plusSeconds(1));
        monitor.check();
        assertThat(monitor.current().available()).as("fresh answer clears it").isTrue();
    }

    @Test
    void a_probe_that_throws_counts_as_unavailable() {
        probe.failure = new IllegalStateException("boom");

        assertThat(monitor.check().available()).isFalse();
    }

    private static final class ScriptedProbe implements CorpusProbe {

        Observation answer = new Observation(CorpusStatus.reachable(), T0);
        RuntimeException failure;

        @Override
        public String location() {
            return "http://es:9200";
        }

        @Override
        public Observation check() {
            if (failure != null) {
                throw failure;
            }
            return answer;
        }
    }
}
