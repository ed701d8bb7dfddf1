package org.factbench.web.report;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Consumer;
import org.factbench.core.collection.CollectionView;
import org.factbench.web.report.DossierJobs.Job;

/**
 * One collection row's downloads: the CSV at once, the dossier PDF or Markdown in the background with progress,
 * then a link to the finished file (also found again after leaving and coming back, and told by a notification).
 */
final class DossierDownloads extends Div {

    private final DossierJobs jobs;
    private final long collectionId;
    private final String username;
    final Button pdf = new Button();
    final Button markdown = new Button();
    final Anchor csv;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Div ready = new Div();
    private Job watched;
    private Consumer<Job> listener;

    DossierDownloads(DossierJobs jobs, ReportExports exports, CollectionView collection, String username) {
        this.jobs = jobs;
        this.collectionId = collection.id();
        this.username = username;
        addClassName("fb-dossier-downloads");
        pdf.setText(getTranslation("report.dossier.pdf"));
        markdown.setText(getTranslation("report.dossier.markdown"));
        for (Button button : new Button[] {pdf, markdown}) button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        pdf.addClickListener(event -> start(DossierJobs.Kind.PDF));
        markdown.addClickListener(event -> start(DossierJobs.Kind.MARKDOWN));
        csv = new Anchor(ClaimDownloads.handler(() -> exports.collectionCsv(collectionId)), getTranslation("report.dossier.csv"));
        csv.addClassName("fb-collection-csv");
        progress.setVisible(false);
        progress.setWidth("8em");
        status.addClassName("fb-meta");
        status.getElement().setAttribute("aria-live", "polite");
        add(pdf, markdown, csv, progress, status, ready);
    }

    void start(DossierJobs.Kind kind) {
        watch(jobs.start(collectionId, kind, username));
    }

    private void watch(Job job) {
        unwatch();
        watched = job;
        UI ui = UI.getCurrent();
        listener = changed -> {
            if (ui != null) ui.access(() -> show(changed));
        };
        job.listeners.add(listener);
        show(job);
    }

    void show(Job job) {
        ready.removeAll();
        boolean running = !job.finished();
        pdf.setEnabled(!running);
        markdown.setEnabled(!running);
        progress.setVisible(running);
        progress.setIndeterminate(job.total <= 0);
        if (job.total > 0) progress.setValue(Math.min(1.0, (double) job.done / job.total));
        if (running) {
            status.setText(job.total < 0 ? getTranslation("report.dossier.starting")
                    : getTranslation("report.dossier.running", job.done, job.total));
        } else if (job.error != null) {
            status.setText(getTranslation("report.dossier.failed", job.error));
        } else {
            status.setText("");
            Anchor file = new Anchor(DownloadHandler.forFile(job.file.toFile(), job.fileName()),
                    getTranslation("report.dossier.ready") + " " + job.fileName());
            file.addClassName("fb-dossier-file");
            ready.add(file);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (watched == null) jobs.latest(username, collectionId).ifPresent(this::watch);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unwatch();
    }

    private void unwatch() {
        if (watched != null && listener != null) watched.listeners.remove(listener);
    }

    Job watched() {
        return watched;
    }
}
