package org.factbench.indexer.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import static org.factbench.indexer.local.LocalElasticsearchException.Problem.DATA_DIRECTORY_IN_USE;
import static org.factbench.indexer.local.LocalElasticsearchException.Problem.NOT_ENOUGH_DISK;
import static org.factbench.indexer.local.LocalElasticsearchException.Problem.PORT_IN_USE;

/**
 * Checks made before a node is started, so the common failures get a precise message in milliseconds instead
 * of a stack trace from a node that boots for ten seconds and then dies.
 */
final class Preflight {

    private Preflight() {
    }

    static void requireFreeDisk(Path directory, long minimumBytes) {
        Path existing = directory.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        try {
            long usable = Files.getFileStore(existing).getUsableSpace();
            if (usable < minimumBytes) {
                throw new LocalElasticsearchException(NOT_ENOUGH_DISK,
                        "Not enough free disk space for the local Elasticsearch node in " + directory + ": "
                                + megabytes(usable) + " free, at least " + megabytes(minimumBytes)
                                + " needed. Free some space, or set FACTBENCH_DATA_DIR to a directory on a disk with "
                                + "more room (the minimum is factbench.elasticsearch.local.min-free-disk).");
            }
        } catch (IOException e) {
            // The check is a courtesy; Elasticsearch itself reports a full disk.
        }
    }

    static void requirePortFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException taken) {
            throw new LocalElasticsearchException(PORT_IN_USE,
                    "Port " + port + " on 127.0.0.1 is already in use by another program, so the local Elasticsearch "
                            + "node cannot listen there. Stop that program, or choose another port with "
                            + "FACTBENCH_ES_PORT (property factbench.elasticsearch.local.http-port). If it is an "
                            + "Elasticsearch you want to use, set FACTBENCH_ES_URIS=http://127.0.0.1:" + port
                            + " instead.");
        }
    }

    /**
     * Elasticsearch holds an OS lock on {@code <data>/node.lock} while it runs; if we cannot take it, another
     * process owns this data directory.
     */
    static void requireDataDirectoryFree(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve("node.lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return;
            }
        } catch (OverlappingFileLockException heldByThisJvm) {
            // fall through: in use
        } catch (IOException e) {
            return;
        }
        throw dataDirectoryInUse(dataDirectory);
    }

    static LocalElasticsearchException dataDirectoryInUse(Path dataDirectory) {
        Optional<Long> pid = processUsing(dataDirectory);
        return new LocalElasticsearchException(DATA_DIRECTORY_IN_USE,
                "The Elasticsearch data directory " + dataDirectory + " is in use by another Elasticsearch process"
                        + pid.map(p -> " (pid " + p + ")").orElse("") + " that this Factbench process does not "
                        + "manage (\"failed to obtain node locks\"). "
                        + pid.map(p -> "Stop it (kill " + p + ")").orElse("Stop that process")
                        + " and start again, or set FACTBENCH_DATA_DIR to another directory.");
    }

    static Optional<Long> processUsing(Path dataDirectory) {
        String marker = "path.data=" + dataDirectory;
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine()
                        .map(c -> c.endsWith(marker) || c.contains(marker + " "))
                        .orElse(false))
                .map(ProcessHandle::pid)
                .min(Long::compare);
    }

    private static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
