package org.factbench.indexer.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factbench.core.intake.CorpusIntake;
import org.factbench.core.intake.IntakeFile;
import org.factbench.core.intake.IntakeProgress;
import org.factbench.core.intake.IntakeReport;
import org.factbench.indexer.ingest.ArticleLoader;
import org.factbench.indexer.ingest.LoadProgress;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.parse.ReadOptions;

/**
 * Core's intake port on the indexer's own pipeline: the files are staged in one temporary folder under the names
 * the user gave them (so formats are detected and {@code .meta.json} sidecars are found as in a CLI load), loaded,
 * and reported with those names instead of the temporary paths.
 */
final class ElasticsearchCorpusIntake implements CorpusIntake {

    private final ArticleLoader loader;

    ElasticsearchCorpusIntake(ArticleLoader loader) {
        this.loader = loader;
    }

    @Override
    public IntakeReport load(List<IntakeFile> files, IntakeProgress progress) {
        Path folder = stage(files);
        try {
            LoadSummary summary = loader.load(List.of(folder), ReadOptions.defaults(), new ProgressListener() {
                @Override
                public void progress(LoadProgress snapshot) {
                    progress.update(snapshot.done(), snapshot.read());
                }
            });
            String root = folder.toString() + java.io.File.separator;
            return new IntakeReport(summary.read(), summary.created(), summary.updated(), summary.unchanged(),
                    summary.duplicates(), summary.failedCount(),
                    summary.failed().stream().map(f -> new IntakeReport.Problem(relative(f.source(), root), f.reason())).toList(),
                    summary.notes().stream().map(n -> new IntakeReport.Problem(relative(n.source(), root), n.note())).toList());
        } finally {
            deleteQuietly(folder);
        }
    }

    private static Path stage(List<IntakeFile> files) {
        try {
            Path folder = Files.createTempDirectory("factbench-intake-");
            Set<String> taken = new HashSet<>();
            for (IntakeFile file : files) {
                Files.copy(file.content(), folder.resolve(uniqueName(safeName(file.name()), taken)),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage the uploaded files", e);
        }
    }

    /** The user's file name without any directory part, control or path characters: it names a file we create. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) base = "upload";
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) candidate = n + "-" + name;
        return candidate;
    }

    private static String relative(String source, String root) {
        return source != null && source.startsWith(root) ? source.substring(root.length()) : source;
    }

    private static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the system's temp cleaning removes it.
        }
    }
}
