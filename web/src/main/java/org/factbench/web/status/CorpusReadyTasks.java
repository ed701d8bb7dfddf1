package org.factbench.web.status;

import java.time.Duration;
import java.util.List;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link CorpusReadyTask}s once the corpus setup is done, on a thread of its own, so a slow or absent
 * Elasticsearch never holds up start-up or the login page. A failing task is logged and the next one still runs.
 */
@Component
class CorpusReadyTasks {

    private static final Logger log = LoggerFactory.getLogger(CorpusReadyTasks.class);

    private final CorpusStoreStartup startup;
    private final ObjectProvider<CorpusReadyTask> tasks;

    CorpusReadyTasks(CorpusStoreStartup startup, ObjectProvider<CorpusReadyTask> tasks) {
        this.startup = startup;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void whenTheAppIsUp() {
        List<CorpusReadyTask> all = tasks.orderedStream().toList();
        if (all.isEmpty()) return;
        Thread thread = new Thread(() -> runWhenReady(all), "factbench-corpus-ready-tasks");
        thread.setDaemon(true);
        thread.start();
    }

    private void runWhenReady(List<CorpusReadyTask> all) {
        try {
            while (!startup.awaitReady(Duration.ofMinutes(1))) {
                log.debug("Corpus not set up yet; {} task(s) wait for it", all.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (CorpusReadyTask task : all) {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("{} failed after the corpus setup: {}", task.name(), e.toString(), e);
            }
        }
    }
}
