package org.factbench.indexer.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.factbench.indexer.client.ElasticsearchConfiguration;
import org.factbench.indexer.client.ElasticsearchConnection;
import org.factbench.indexer.client.ElasticsearchHealthConfiguration;
import org.factbench.indexer.client.ElasticsearchReadiness;
import org.factbench.indexer.client.ElasticsearchTarget;
import org.factbench.indexer.local.LocalElasticsearchException.Problem;
import org.factbench.indexer.testing.TestDirectories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The life of one real local node, as the app and the CLI see it: start, a second start that attaches, the
 * refusals with their messages, a crash the app heals by starting the node again on the same data, and the stop on
 * shutdown. Two starts serve all steps (each costs 10-70 s on a loaded machine), hence the fixed order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalNodeLifecycleTest {

    private static final String INDEX = "lifecycle-survivor";
    private static final Path SHARED_DISTRIBUTION = LocalNodeSettings.defaults().distributionHome();

    private Path dataDirectory;
    private Path otherDataDirectory;
    private int port;
    private LocalNodeSettings settings;
    private RunningNode node;
    private boolean launchReturnedBeforeReady;
    private long restartedPid;
    private ElasticsearchTarget attachedTarget;

    @BeforeAll
    void startNode() throws IOException {
        dataDirectory = TestDirectories.createReachable("factbench-lifecycle-");
        otherDataDirectory = TestDirectories.createReachable("factbench-lifecycle-other-");
        port = freePort();
        settings = LocalNodeSettings.in(dataDirectory).withHttpPort(port).withFastStartup(true)
                .withDistributionHome(SHARED_DISTRIBUTION).withClusterName("factbench-lifecycle-test");
        node = LocalElasticsearch.launch(settings);
        launchReturnedBeforeReady = !node.isReady();
        node.awaitReady(settings.startTimeout());
    }

    @AfterAll
    void cleanUp() {
        if (attachedTarget != null) {
            attachedTarget.close();
        }
        if (node != null) {
            node.close();
        }
        TestDirectories.deleteQuietly(dataDirectory);
        TestDirectories.deleteQuietly(otherDataDirectory);
    }

    @Test
    @Order(1)
    void launch_returns_at_once_and_the_node_becomes_healthy_on_loopback_remembering_its_pid_and_port() {
        assertThat(launchReturnedBeforeReady).isTrue();
        assertThat(node.startedHere()).isTrue();
        assertThat(node.wasReady()).isTrue();
        assertThat(node.uri().toString()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(HealthProbe.status(node.uri())).hasValueSatisfying(s -> assertThat(s).isIn("green", "yellow"));
        assertThat(NodeState.read(settings.stateFile()))
                .hasValueSatisfying(state -> {
                    assertThat(state.pid()).isEqualTo(node.pid());
                    assertThat(state.uri()).isEqualTo(node.uri());
                });
        assertThat(dataDirectory.resolve("elasticsearch/node/config/hunspell/en_US/en_US.dic"))
                .matches(p -> !Files.exists(Path.of("/usr/share/hunspell/en_US.dic")) || Files.isRegularFile(p));
    }

    @Test
    @Order(2)
    void as_root_the_node_runs_as_nobody() {
        assumeTrue(ProcessUser.current().isRoot(), "not running as root");

        assertThat(ProcessHandle.of(node.pid()).flatMap(p -> p.info().user())).hasValue("nobody");
    }

    @Test
    @Order(3)
    void a_second_start_on_the_same_data_attaches_to_the_running_node_and_leaves_it_running_on_close() {
        RunningNode second = LocalElasticsearch.start(settings);

        assertThat(second.startedHere()).isFalse();
        assertThat(second.pid()).isEqualTo(node.pid());
        assertThat(second.uri()).isEqualTo(node.uri());

        second.close();
        assertThat(node.isReady()).isTrue();
    }

    @Test
    @Order(4)
    void a_port_taken_by_another_program_is_named_with_what_to_set() throws IOException {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int taken = other.getLocalPort();

            assertThatThrownBy(() -> LocalElasticsearch.start(LocalNodeSettings.in(otherDataDirectory)
                    .withHttpPort(taken)))
                    .isInstanceOfSatisfying(LocalElasticsearchException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.PORT_IN_USE))
                    .hasMessageContaining("Port " + taken)
                    .hasMessageContaining("FACTBENCH_ES_PORT")
                    .hasMessageContaining("FACTBENCH_ES_URIS=http://127.0.0.1:" + taken);
        }
    }

    @Test
    @Order(5)
    void a_data_directory_held_by_a_node_we_do_not_track_is_refused_with_its_pid() throws IOException {
        LocalNodeSettings intruder = settings.withAttachToRunning(false).withHttpPort(freePort());

        assertThatThrownBy(() -> LocalElasticsearch.start(intruder))
                .isInstanceOfSatisfying(LocalElasticsearchException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.DATA_DIRECTORY_IN_USE))
                .hasMessageContaining(settings.dataDirectory().toString())
                .hasMessageContaining("kill " + node.pid())
                .hasMessageContaining("FACTBENCH_DATA_DIR");
    }

    @Test
    @Order(6)
    void java_older_than_21_is_refused_with_what_to_set() {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        assumeTrue(Files.isRegularFile(java17.resolve("bin/java")), "no JDK 17 at " + java17);

        assertThatThrownBy(() -> LocalElasticsearch.start(LocalNodeSettings.in(otherDataDirectory)
                .withHttpPort(0).withJavaHome(java17)))
                .isInstanceOfSatisfying(LocalElasticsearchException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NO_SUITABLE_JAVA))
                .hasMessageContaining("Java 17")
                .hasMessageContaining("ES_JAVA_HOME");
    }

    @Test
    @Order(7)
    void too_little_free_disk_is_refused_with_the_numbers() {
        assertThatThrownBy(() -> LocalElasticsearch.start(LocalNodeSettings.in(otherDataDirectory)
                .withHttpPort(0).withMinFreeDiskBytes(Long.MAX_VALUE)))
                .isInstanceOfSatisfying(LocalElasticsearchException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_ENOUGH_DISK))
                .hasMessageContaining("MB free")
                .hasMessageContaining("FACTBENCH_DATA_DIR");
    }

    @Test
    @Order(8)
    void the_app_path_attaches_to_the_node_and_its_client_works() throws IOException {
        attachedTarget = ElasticsearchTarget.open(appConnection(false), settings);

        assertThat(attachedTarget.localNode()).hasValueSatisfying(n -> assertThat(n.startedHere()).isFalse());
        attachedTarget.client().index(i -> i.index(INDEX).id("1").document(Map.of("claim", "kept"))
                .refresh(Refresh.True));
        ElasticsearchReadiness.Status status = new ElasticsearchReadiness(attachedTarget).status();
        assertThat(status.state()).isEqualTo(ElasticsearchReadiness.State.UP);
        assertThat(status.localNode()).isTrue();
    }

    @Test
    @Order(9)
    void the_spring_app_attaches_heals_a_crash_on_the_same_data_and_stops_what_it_started_on_context_close() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ElasticsearchConfiguration.class,
                        ElasticsearchHealthConfiguration.class))
                .withPropertyValues("factbench.data-dir=" + dataDirectory,
                        "factbench.elasticsearch.local.http-port=" + port,
                        "factbench.elasticsearch.local.min-free-disk=100MB")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ElasticsearchTarget target = context.getBean(ElasticsearchTarget.class);
                    ElasticsearchReadiness readiness = context.getBean(ElasticsearchReadiness.class);
                    HealthIndicator health = context.getBean("elasticsearchHealthIndicator", HealthIndicator.class);
                    ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
                    assertThat(target.localNode()).hasValueSatisfying(n -> assertThat(n.startedHere()).isFalse());
                    assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
                    assertThat(health.health(true).getDetails()).containsEntry("local", true);

                    killOutright(node.pid());

                    assertThat(new ElasticsearchReadiness(attachedTarget).status().state())
                            .isNotEqualTo(ElasticsearchReadiness.State.UP);
                    assertThat(readiness.awaitReady(Duration.ofMinutes(4))).isTrue();
                    RunningNode restarted = target.localNode().orElseThrow();
                    assertThat(restarted.startedHere()).isTrue();
                    assertThat(restarted.pid()).isNotEqualTo(node.pid());
                    assertThat(NodeState.read(settings.stateFile()))
                            .hasValueSatisfying(state -> assertThat(state.pid()).isEqualTo(restarted.pid()));
                    assertThat(client.count(c -> c.index(INDEX)).count()).isEqualTo(1);
                    assertThat(attachedTarget.client().count(c -> c.index(INDEX)).count()).isEqualTo(1);
                    assertThat(new ElasticsearchReadiness(attachedTarget).isReady()).isTrue();
                    restartedPid = restarted.pid();
                });

        assertThat(ProcessHandle.of(restartedPid)).isEmpty();
        assertThat(Files.exists(settings.stateFile())).isFalse();
        assertThat(HealthProbe.isReady(RunningNode.uriFor(port))).isFalse();
        assertThatCode(() -> {
            try (ServerSocket free = new ServerSocket()) {
                free.setReuseAddress(true);
                free.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
        }).doesNotThrowAnyException();
        ElasticsearchReadiness.Status afterwards = new ElasticsearchReadiness(attachedTarget).status();
        assertThat(afterwards.state()).isEqualTo(ElasticsearchReadiness.State.DOWN);
        assertThat(afterwards.message()).contains("127.0.0.1:" + port);
    }

    private ElasticsearchConnection appConnection(boolean restart) {
        ElasticsearchConnection.Local local = new ElasticsearchConnection.Local(true, port, "512m",
                Duration.ofMinutes(2), DataSize.ofMegabytes(100), null, null, restart);
        return new ElasticsearchConnection(List.of(), null, null, null, null, null, false, null, null, local);
    }

    /** SIGKILL to the node and its server JVM, as a crash or the OOM killer would. */
    private static void killOutright(long pid) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process);
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            handle.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
