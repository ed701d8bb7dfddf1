package org.factbench.web.intake;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.intake.ArticleIntake;
import org.factbench.core.intake.IntakeFile;
import org.factbench.core.intake.IntakeReport;
import org.factbench.core.shared.InvalidInputException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * Editors add articles: upload files (every format the indexer reads) or paste a text. The load runs in the
 * background with a progress bar and ends with the indexer's per-file report; the page stays usable meanwhile.
 */
@Route("corpus/upload")
@PageTitle("Add articles · Factbench")
@Menu(order = 40, title = "Add articles", icon = "vaadin:upload")
@RolesAllowed({"EDITOR", "ADMIN"})
public class UploadView extends VerticalLayout {

    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private final ArticleIntake intake;
    private final Executor background;
    private final List<IntakeFile> staged = new ArrayList<>();
    final Upload upload;
    final Button load = new Button();
    final PasteForm paste = new PasteForm();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    final IntakeReportView report = new IntakeReportView();

    UploadView(ArticleIntake intake, Executor applicationTaskExecutor) {
        this.intake = intake;
        // The load runs as the editor who started it: the service checks the role and records them as the actor.
        this.background = new DelegatingSecurityContextExecutor(applicationTaskExecutor);
        addClassName("fb-upload-view");
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> stage(metadata.fileName(), file)));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, MAX_FILE_BYTES));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("intake.drop")));
        load.setText(getTranslation("intake.load"));
        load.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        load.setEnabled(false);
        load.addClickListener(event -> loadStaged());
        paste.addPasteListener(event -> run(() -> intake.paste(event.article(), this::onProgress)));
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("intake.progress.label"));
        add(new H2(getTranslation("intake.title")), new Paragraph(getTranslation("intake.intro")), upload, load,
                progress, progressText, report, new H3(getTranslation("intake.paste.title")), paste);
    }

    private void stage(String name, File file) {
        synchronized (staged) {
            staged.add(new IntakeFile(name, file.toPath()));
        }
        load.setEnabled(true);
        load.setText(getTranslation("intake.load.count", staged.size()));
    }

    private void loadStaged() {
        List<IntakeFile> files;
        synchronized (staged) {
            files = List.copyOf(staged);
            staged.clear();
        }
        upload.clearFileList();
        load.setEnabled(false);
        load.setText(getTranslation("intake.load"));
        run(() -> intake.upload(files, this::onProgress));
    }

    private void run(Supplier<IntakeReport> job) {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("intake.running"));
        report.clear();
        paste.setEnabled(false);
        background.execute(() -> {
            IntakeOutcome outcome = IntakeOutcome.of(job);
            ui.access(() -> finish(outcome));
        });
    }

    private void onProgress(long done, long read) {
        getUI().ifPresent(ui -> ui.access(() -> {
            progress.setIndeterminate(read == 0);
            if (read > 0) progress.setValue(Math.min(1.0, (double) done / read));
            progressText.setText(getTranslation("intake.progress", done, read));
        }));
    }

    private void finish(IntakeOutcome outcome) {
        progress.setVisible(false);
        paste.setEnabled(true);
        if (outcome.report() != null) {
            progressText.setText("");
            report.show(outcome.report());
            paste.clearAfterSuccess(outcome.report());
        } else {
            progressText.setText(outcome.error());
        }
    }

    /** What a background load ended with: a report, or one sentence for the user. */
    record IntakeOutcome(IntakeReport report, String error) {

        static IntakeOutcome of(Supplier<IntakeReport> job) {
            try {
                return new IntakeOutcome(job.get(), null);
            } catch (InvalidInputException e) {
                return new IntakeOutcome(null, e.getMessage());
            } catch (CorpusUnavailableException e) {
                return new IntakeOutcome(null, "Search is unavailable right now, so nothing was loaded. Try again in a minute.");
            }
        }
    }
}
