package org.factbench.indexer.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.factbench.indexer.local.LocalElasticsearchException.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProcessUserTest {

    private static final Path ROOT_HOME = Path.of("/root");

    @Test
    void as_root_a_directory_inside_roots_home_is_refused_with_what_to_set() throws IOException {
        assumeTrue(Files.isDirectory(ROOT_HOME)
                && !Files.getPosixFilePermissions(ROOT_HOME).contains(PosixFilePermission.OTHERS_EXECUTE),
                "needs a /root closed to other users");

        assertThatThrownBy(() -> new ProcessUser(true).requireReachable(
                ROOT_HOME.resolve(".local/share/factbench/elasticsearch/node"), "the node directory",
                "Set FACTBENCH_DATA_DIR to a directory outside it."))
                .isInstanceOfSatisfying(LocalElasticsearchException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.DIRECTORY_NOT_REACHABLE))
                .hasMessageContaining("/root is closed to other users")
                .hasMessageContaining("FACTBENCH_DATA_DIR");
    }

    @Test
    void an_ordinary_user_runs_the_node_as_itself_so_nothing_is_checked() {
        assertThatCode(() -> new ProcessUser(false).requireReachable(
                ROOT_HOME.resolve(".local/share/factbench"), "the node directory", "")).doesNotThrowAnyException();
    }

    @Test
    void as_root_directories_open_to_others_pass() {
        assertThatCode(() -> new ProcessUser(true).requireReachable(Path.of("/var/lib/factbench/elasticsearch"),
                "the node directory", "")).doesNotThrowAnyException();
    }
}
