package org.factbench.indexer.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.factbench.indexer.schema.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Elasticsearch process that this JVM starts: prepares the node directory, spawns the process on a
 * dedicated thread and stops it.
 *
 * <p>The spawning thread lives as long as the process: the process is started with {@code setpriv
 * --pdeathsig TERM}, so if this JVM dies without running its shutdown hooks (kill -9), the kernel stops the node
 * instead of leaving it running forever.
 */
final class NodeProcess {

    private static final Logger log = LoggerFactory.getLogger(NodeProcess.class);
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final Path HUNSPELL = Path.of("/usr/share/hunspell");
    /** Only the dictionaries the schema uses: the node loads every dictionary in its config at start. */
    private static final List<String> HUNSPELL_LOCALES = Languages.hunspellLocales();

    private final LocalNodeSettings settings;
    private final Path zip;
    private final Path javaHome;
    private final ProcessUser user;
    private final CompletableFuture<Process> spawned = new CompletableFuture<>();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();

    NodeProcess(LocalNodeSettings settings, Path zip, Path javaHome, ProcessUser user) {
        this.settings = settings;
        this.zip = zip;
        this.javaHome = javaHome;
        this.user = user;
    }

    /** Unpacks (first time only), prepares the node directory and spawns the node, all off the calling thread. */
    NodeProcess startAsync() {
        Thread thread = new Thread(this::run, "factbench-elasticsearch-" + settings.nodeDirectory().getFileName());
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void run() {
        Process process;
        try {
            Path home = Distribution.unpack(zip, settings.distributionHome(), user);
            prepareNodeDirectory(home);
            process = spawn(home);
            if (!spawned.complete(process)) {
                // stop() ran while we were unpacking or spawning: nobody owns this process any more.
                process.destroy();
            } else if (settings.httpPort() != 0) {
                new NodeState(process.pid(), RunningNode.uriFor(settings.httpPort()), Instant.now())
                        .write(settings.stateFile());
            }
        } catch (RuntimeException | IOException | Error e) {
            spawned.completeExceptionally(e);
            exited.completeExceptionally(e);
            return;
        }
        while (true) {
            try {
                exited.complete(process.waitFor());
                return;
            } catch (InterruptedException ignored) {
                // this thread must outlive the process (see class comment)
            }
        }
    }

    private void prepareNodeDirectory(Path home) throws IOException {
        Path config = settings.configDirectory();
        Files.createDirectories(config);
        copyTree(home.resolve("config"), config);
        installHunspellDictionaries(config.resolve("hunspell"));
        Files.createDirectories(settings.dataDirectory());
        Files.createDirectories(settings.logsDirectory());
        Files.createDirectories(settings.tmpDirectory());
        Files.deleteIfExists(settings.logsDirectory().resolve("http.ports"));
        Files.deleteIfExists(settings.logsDirectory().resolve("transport.ports"));
        user.handOver(settings.nodeDirectory());
    }

    /** Copies the distribution's config files the node does not have yet (its own edits and keystore stay). */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Debian's hunspell dictionaries let the index schema stem words, as the distribution has no stemmers. */
    private static void installHunspellDictionaries(Path hunspell) throws IOException {
        for (String locale : HUNSPELL_LOCALES) {
            Path aff = HUNSPELL.resolve(locale + ".aff");
            Path dic = HUNSPELL.resolve(locale + ".dic");
            if (Files.isReadable(aff) && Files.isReadable(dic)) {
                Path target = Files.createDirectories(hunspell.resolve(locale));
                Files.copy(aff, target.resolve(aff.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                Files.copy(dic, target.resolve(dic.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Process spawn(Path home) throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETPRIV)) {
            command.add(SETPRIV.toString());
            if (user.isRoot()) {
                command.addAll(List.of("--reuid=" + ProcessUser.UNPRIVILEGED_USER, "--regid=" + user.nodeGroup(),
                        "--clear-groups"));
            }
            command.addAll(List.of("--pdeathsig", "TERM"));
        } else if (user.isRoot()) {
            throw new LocalElasticsearchException(LocalElasticsearchException.Problem.UNPRIVILEGED_USER_MISSING,
                    "Running as root, Factbench needs " + SETPRIV + " (util-linux) to start Elasticsearch as user "
                            + "'nobody'. Install util-linux, or run Factbench as an ordinary user.");
        }
        command.add(home.resolve("bin/elasticsearch").toString());
        setting(command, "cluster.name", settings.clusterName());
        setting(command, "node.name", settings.nodeDirectory().getFileName().toString());
        setting(command, "discovery.type", "single-node");
        setting(command, "network.host", "127.0.0.1");
        setting(command, "http.port", Integer.toString(settings.httpPort()));
        setting(command, "transport.port", "0");
        setting(command, "node.portsfile", "true");
        setting(command, "path.data", settings.dataDirectory().toString());
        setting(command, "path.logs", settings.logsDirectory().toString());
        setting(command, "xpack.security.enabled", "false");
        // One node on a developer's disk: a nearly full disk must not turn indices read-only. Free space is
        // checked before start instead (Preflight.requireFreeDisk).
        setting(command, "cluster.routing.allocation.disk.threshold_enabled", "false");

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.nodeDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(settings.consoleLog().toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> environment = builder.environment();
        for (String inherited : List.of("JAVA_HOME", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS",
                "ES_HOME", "CLASSPATH")) {
            environment.remove(inherited);
        }
        environment.put("ES_JAVA_HOME", javaHome.toString());
        environment.put("ES_PATH_CONF", settings.configDirectory().toString());
        environment.put("ES_TMPDIR", settings.tmpDirectory().toString());
        environment.put("ES_JAVA_OPTS", javaOptions());
        log.info("Starting local Elasticsearch as user {}: data in {}, logs in {}, HTTP port {}",
                user.nodeUser(), settings.dataDirectory(), settings.logsDirectory(),
                settings.httpPort() == 0 ? "(any free)" : settings.httpPort());
        return builder.start();
    }

    private String javaOptions() {
        String heap = settings.heap();
        String options = "-Xms" + heap + " -Xmx" + heap + " -XX:-AlwaysPreTouch";
        return settings.fastStartup() ? options + " -XX:TieredStopAtLevel=1" : options;
    }

    private static void setting(List<String> command, String name, String value) {
        command.add("-E");
        command.add(name + "=" + value);
    }

    CompletableFuture<Process> spawned() {
        return spawned;
    }

    CompletableFuture<Integer> exited() {
        return exited;
    }

    /**
     * SIGTERM (Elasticsearch stops cleanly in about two seconds), then SIGKILL after {@code graceSeconds}.
     *
     * @return false when there was nothing to stop (never spawned, or already gone)
     */
    boolean stop(long graceSeconds) {
        Process process = spawned.getNow(null);
        if (process == null) {
            spawned.cancel(false);
            return false;
        }
        if (!process.isAlive()) {
            return false;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                log.warn("Elasticsearch (pid {}) did not stop within {} s; killing it", process.pid(), graceSeconds);
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : descendants) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
        return true;
    }
}
