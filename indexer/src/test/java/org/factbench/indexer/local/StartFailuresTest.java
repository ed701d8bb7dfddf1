package org.factbench.indexer.local;

import java.nio.file.Path;

import org.factbench.indexer.local.LocalElasticsearchException.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The log lines here are the ones Elasticsearch 9.3.2 prints in these situations. */
class StartFailuresTest {

    private final LocalNodeSettings settings = LocalNodeSettings.in(Path.of("/srv/factbench")).withHttpPort(9200);

    @Test
    void a_port_grabbed_after_the_check_is_reported_as_such() {
        String log = """
                [2026-11-28T01:00:00,000][INFO ][o.e.n.Node] starting ...
                [2026-11-28T01:00:01,000][ERROR][o.e.b.Elasticsearch] fatal exception while booting Elasticsearch
                org.elasticsearch.http.BindHttpException: Failed to bind to 127.0.0.1:9200
                Caused by: java.net.BindException: Address already in use
                """;

        LocalElasticsearchException failure = StartFailures.diagnose(settings, log, 1, false);

        assertThat(failure.problem()).isEqualTo(Problem.PORT_IN_USE);
        assertThat(failure.getMessage()).contains("port 9200", "FACTBENCH_ES_PORT", "Address already in use");
    }

    @Test
    void a_locked_data_directory_names_the_directory() {
        String log = "java.lang.IllegalStateException: failed to obtain node locks, tried "
                + "[/srv/factbench/elasticsearch/node/data]; maybe these locations are not writable or multiple "
                + "nodes were started on the same data path?";

        LocalElasticsearchException failure = StartFailures.diagnose(settings, log, 1, false);

        assertThat(failure.problem()).isEqualTo(Problem.DATA_DIRECTORY_IN_USE);
        assertThat(failure.getMessage()).contains("/srv/factbench/elasticsearch/node/data", "FACTBENCH_DATA_DIR");
    }

    @Test
    void the_jvm_flags_in_every_start_log_are_not_mistaken_for_running_out_of_memory() {
        String log = "[INFO ][o.e.n.Node] JVM arguments [-Xms512m, -XX:+HeapDumpOnOutOfMemoryError, "
                + "-XX:+ExitOnOutOfMemoryError]\n";

        LocalElasticsearchException failure = StartFailures.diagnose(settings, log, 137, true);

        assertThat(failure.problem()).isEqualTo(Problem.PROCESS_EXITED);
        assertThat(failure.getMessage()).contains("signal 9", "kill -9").doesNotContain("ran out of memory");
    }

    @Test
    void a_real_out_of_memory_error_suggests_the_heap_setting() {
        String log = "java.lang.OutOfMemoryError: Java heap space\n";

        LocalElasticsearchException failure = StartFailures.diagnose(settings, log, 127, true);

        assertThat(failure.getMessage()).contains("512m heap", "FACTBENCH_ES_HEAP");
    }

    @Test
    void anything_else_shows_the_exit_code_and_the_last_lines_of_the_log() {
        StringBuilder log = new StringBuilder();
        for (int line = 1; line <= 40; line++) {
            log.append("line ").append(line).append('\n');
        }

        LocalElasticsearchException failure = StartFailures.diagnose(settings, log.toString(), 78, false);

        assertThat(failure.problem()).isEqualTo(Problem.PROCESS_EXITED);
        assertThat(failure.getMessage())
                .contains("exited with code 78 during start-up", "line 40", "line 16")
                .doesNotContain("line 15\n");
    }
}
