package org.factbench.indexer.local;

import java.util.List;

import static org.factbench.indexer.local.LocalElasticsearchException.Problem.DATA_DIRECTORY_IN_USE;
import static org.factbench.indexer.local.LocalElasticsearchException.Problem.NOT_ENOUGH_DISK;
import static org.factbench.indexer.local.LocalElasticsearchException.Problem.OTHER;
import static org.factbench.indexer.local.LocalElasticsearchException.Problem.PORT_IN_USE;
import static org.factbench.indexer.local.LocalElasticsearchException.Problem.PROCESS_EXITED;

/**
 * Reads why a node exited from its console log, for the cases {@link Preflight} cannot rule out beforehand
 * (another program grabbing the port or the data directory between the check and the bind).
 */
final class StartFailures {

    static final int TAIL_LINES = 25;

    private StartFailures() {
    }

    static LocalElasticsearchException diagnose(LocalNodeSettings settings, String log, Integer exitCode,
                                                boolean wasReady) {
        String tail = tail(settings, log);
        if (log.contains("BindHttpException") || log.contains("Address already in use")) {
            return new LocalElasticsearchException(PORT_IN_USE,
                    "The local Elasticsearch node could not listen on port " + settings.httpPort()
                            + " of 127.0.0.1: another program took it. Stop that program, or choose another port with "
                            + "FACTBENCH_ES_PORT (property factbench.elasticsearch.local.http-port)." + tail);
        }
        if (log.contains("failed to obtain node locks")) {
            return new LocalElasticsearchException(DATA_DIRECTORY_IN_USE,
                    Preflight.dataDirectoryInUse(settings.dataDirectory()).getMessage() + tail);
        }
        if (log.contains("No space left on device")) {
            return new LocalElasticsearchException(NOT_ENOUGH_DISK,
                    "The local Elasticsearch node stopped: the disk holding " + settings.dataDirectory()
                            + " is full. Free some space, or set FACTBENCH_DATA_DIR to a disk with more room." + tail);
        }
        // Not the bare class name: the node logs its JVM flags (-XX:+HeapDumpOnOutOfMemoryError) at every start.
        if (log.contains("Could not reserve enough space for object heap")
                || log.contains("java.lang.OutOfMemoryError")) {
            return new LocalElasticsearchException(OTHER,
                    "The local Elasticsearch node ran out of memory with a " + settings.heap() + " heap. Free some "
                            + "memory, or change the heap with FACTBENCH_ES_HEAP (factbench.elasticsearch.local.heap)."
                            + tail);
        }
        if (exitCode != null && exitCode > 128) {
            return new LocalElasticsearchException(PROCESS_EXITED,
                    "The local Elasticsearch node was stopped from outside by signal " + (exitCode - 128)
                            + (exitCode == 137 ? " (kill -9, or the kernel's out-of-memory killer)" : "")
                            + (wasReady ? "" : " during start-up") + ". Its log is in " + settings.logsDirectory()
                            + "." + tail);
        }
        return new LocalElasticsearchException(PROCESS_EXITED,
                "The local Elasticsearch node exited" + (exitCode == null ? "" : " with code " + exitCode)
                        + (wasReady ? " unexpectedly" : " during start-up") + ". Its log is in "
                        + settings.logsDirectory() + "." + tail);
    }

    /** The last lines of the log, indented, for an error message. */
    static String tail(LocalNodeSettings settings, String log) {
        List<String> lines = log.lines().toList();
        if (lines.isEmpty()) {
            return "";
        }
        List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        return "\nLast lines of " + settings.consoleLog() + ":\n  " + String.join("\n  ", tail);
    }
}
