package org.factbench.web.report;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.factbench.core.notification.Notice;
import org.factbench.core.notification.Notifier;
import org.factbench.web.security.AsCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Dossiers made in the background, on the application's task executor, as the user who asked (core checks their
 * role on every read): progress after each claim, a file in the temp directory when done, and an in-app
 * notification, so the user may leave the page meanwhile. The newest {@value #KEPT} finished files are kept.
 */
@Component
class DossierJobs {

    private static final Logger log = LoggerFactory.getLogger(DossierJobs.class);
    static final int KEPT = 20;
    static final String READY = "DOSSIER_READY";

    /** Which dossier file. */
    enum Kind {
        PDF("pdf", "application/pdf"), MARKDOWN("md", "text/markdown;charset=UTF-8");

        final String extension;
        final String mediaType;

        Kind(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    /** One dossier being made or made; its listeners hear every change (from the job's thread). */
    static final class Job {
        final String id = UUID.randomUUID().toString();
        final long collectionId;
        final String collectionName;
        final Kind kind;
        final String owner;
        volatile int done;
        volatile int total = -1;
        volatile Path file;
        volatile String error;
        final List<Consumer<Job>> listeners = new CopyOnWriteArrayList<>();

        Job(long collectionId, String collectionName, Kind kind, String owner) {
            this.collectionId = collectionId;
            this.collectionName = collectionName;
            this.kind = kind;
            this.owner = owner;
        }

        boolean finished() {
            return file != null || error != null;
        }

        String fileName() {
            return "dossier-" + collectionId + "." + kind.extension;
        }

        private void changed() {
            listeners.forEach(listener -> listener.accept(this));
        }
    }

    private final Dossiers dossiers;
    private final Notifier notifier;
    private final ReportFormat format;
    private final Executor background;
    private final Deque<Job> jobs = new ConcurrentLinkedDeque<>();

    DossierJobs(Dossiers dossiers, Notifier notifier, ReportFormat format, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.dossiers = dossiers;
        this.notifier = notifier;
        this.format = format;
        this.background = executor;
    }

    /** Starts a dossier as the current user ({@code owner} is their username). */
    Job start(long collectionId, Kind kind, String owner) {
        Job job = new Job(collectionId, dossiers.collection(collectionId).name(), kind, owner);
        jobs.addFirst(job);
        background.execute(AsCaller.wrap(() -> run(job)));
        return job;
    }

    private void run(Job job) {
        Path file = null;
        try {
            file = Files.createTempFile("factbench-dossier-", "." + job.kind.extension);
            Dossiers.Progress progress = (done, total) -> {
                job.done = done;
                job.total = total;
                job.changed();
            };
            if (job.kind == Kind.PDF) dossiers.pdf(job.collectionId, file, progress);
            else dossiers.markdown(job.collectionId, file, progress);
            job.file = file;
            notifier.notify(job.owner, null, new Notice(READY, "COLLECTION", job.collectionId,
                    format.text("report.dossier.notification", job.collectionName)));
        } catch (IOException | RuntimeException e) {
            log.warn("Dossier of collection {} failed", job.collectionId, e);
            job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (file != null) file.toFile().delete();
        } finally {
            job.changed();
            prune();
        }
    }

    /** The newest dossier this user asked for of this collection, running or finished. */
    Optional<Job> latest(String owner, long collectionId) {
        return jobs.stream().filter(j -> j.owner.equals(owner) && j.collectionId == collectionId).findFirst();
    }

    private void prune() {
        List<Job> finished = new ArrayList<>(jobs.stream().filter(Job::finished).toList());
        for (int i = KEPT; i < finished.size(); i++) {
            Job old = finished.get(i);
            jobs.remove(old);
            if (old.file != null) old.file.toFile().delete();
        }
    }

    @PreDestroy
    void deleteFiles() {
        jobs.forEach(job -> {
            if (job.file != null) job.file.toFile().delete();
        });
    }
}
