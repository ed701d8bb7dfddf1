package org.factbench.core.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.Json;
import org.factbench.core.user.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors' uploads and pasted articles. The load itself runs outside any database transaction (it can take
 * minutes); the activity entry is written afterwards in a short one, with the report's counts.
 */
@Service
public class ArticleIntake {

    static final int MAX_FILES = 200;

    private final CorpusIntake corpus;
    private final ChangeRecorder changes;
    private final TransactionTemplate recordAfter;

    ArticleIntake(CorpusIntake corpus, ChangeRecorder changes, PlatformTransactionManager transactions) {
        this.corpus = corpus;
        this.changes = changes;
        this.recordAfter = new TransactionTemplate(transactions);
    }

    @PreAuthorize(Access.EDITOR)
    public IntakeReport upload(List<IntakeFile> files, IntakeProgress progress) {
        UserAccount actor = changes.actor();
        if (files.isEmpty()) throw new InvalidInputException("files", "Choose at least one file.");
        if (files.size() > MAX_FILES) {
            throw new InvalidInputException("files", "At most " + MAX_FILES + " files at once; use the indexer CLI for more.");
        }
        IntakeReport report = corpus.load(files, progress);
        record(actor, "ARTICLES_UPLOADED", files.stream().map(IntakeFile::name).toList(), report);
        return report;
    }

    /** Stores a pasted text as a plain-text article with its metadata, through the same pipeline as an upload. */
    @PreAuthorize(Access.EDITOR)
    public IntakeReport paste(PastedArticle article, IntakeProgress progress) {
        UserAccount actor = changes.actor();
        article.validated();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("factbench-paste-");
            Path text = Files.writeString(folder.resolve("pasted.txt"), article.body(), StandardCharsets.UTF_8);
            Path meta = Files.writeString(folder.resolve("pasted.meta.json"), Json.write(sidecar(article)), StandardCharsets.UTF_8);
            IntakeReport report = corpus.load(List.of(new IntakeFile("pasted.txt", text), new IntakeFile("pasted.meta.json", meta)),
                    progress);
            record(actor, "ARTICLE_PASTED", List.of(article.title().strip()), report);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage the pasted article", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static Map<String, Object> sidecar(PastedArticle article) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", article.title().strip());
        meta.put("outlet", article.outlet().strip());
        if (!article.authors().isEmpty()) meta.put("authors", article.authors());
        if (article.published() != null) meta.put("published", article.published().toString());
        if (article.url() != null && !article.url().isBlank()) meta.put("url", article.url().strip());
        if (article.language() != null && !article.language().isBlank()) meta.put("language", article.language().strip());
        return meta;
    }

    private void record(UserAccount actor, String action, List<String> names, IntakeReport report) {
        recordAfter.executeWithoutResult(status -> changes.record(actor, Change.of(action, "CORPUS", 0)
                .after(new IntakeRecord(names, report.created(), report.updated(), report.unchanged(), report.failed()))));
    }

    private record IntakeRecord(List<String> files, long created, long updated, long unchanged, long failed) {
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) return;
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the system's temp cleaning removes it.
        }
    }
}
