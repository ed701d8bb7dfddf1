package org.factbench.indexer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factbench.indexer.embed.EmbeddingStage;
import org.factbench.indexer.ingest.LoadOptions;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.parse.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load files and directories (text, HTML, JSON Lines, JSON, RSS/Atom, WARC, ARC, .gz) into the corpus.",
                "Unchanged articles are skipped, changed ones stored as a new version. Exit code 1 when anything failed."})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    FactbenchIndexer parent;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (read recursively)")
    List<Path> paths;

    @Option(names = "--outlet", description = "Outlet of every article (wins over what the files say)")
    String outlet;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date of every article: 2021-12-24 or 2021-12-24T10:00:00+04:00")
    String published;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of every article (ISO 639-1, e.g. en, ru)")
    String language;

    @Option(names = "--field", paramLabel = "OURS=THEIRS",
            description = "JSON field mapping, repeatable: title, body, date, url, author, outlet, language, id; "
                    + "e.g. --field body=content --field title=headline")
    Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--small", description = "Keep periodic refresh on (for a few files while the app is in use)")
    boolean small;

    @Option(names = "--embed", negatable = false,
            description = "Then embed the new paragraphs for semantic suggestions (as the embed command; a second pass)")
    boolean embed;

    @Option(names = "--no-progress", negatable = false, description = "No progress bar (logs, CI)")
    boolean noProgress;

    @Option(names = "--max-listed", defaultValue = "50", description = "Failures listed in the summary (default: ${DEFAULT-VALUE})")
    int maxListed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "No such file or directory: " + path);
            }
        }
        ReadOptions options = new ReadOptions(outlet, publishedDate(), language, fields);
        try (Store store = Store.open(parent.global, err)) {
            out.println("Loading " + paths + " into " + store.where());
            out.flush();
            LoadSummary summary;
            if (noProgress) {
                summary = store.loader().load(paths, options, loadOptions(), ProgressListener.NONE);
            } else {
                try (ConsoleProgress progress = new ConsoleProgress("Loading", InputEstimate.articles(paths), "articles")) {
                    summary = store.loader().load(paths, options, loadOptions(), progress);
                    progress.finish(summary.created() + summary.updated() + summary.unchanged() + summary.failedCount());
                }
            }
            SummaryPrinter.print(summary, maxListed, out);
            if (embed) {
                // After the lexical load, never during it: the load keeps its speed and its articles are searchable first.
                EmbedCommand.run(store, EmbeddingStage.DEFAULT_BATCH, 0, noProgress, out);
            }
            return summary.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        }
    }

    private LoadOptions loadOptions() {
        return small ? LoadOptions.SMALL : LoadOptions.BULK;
    }

    private OffsetDateTime publishedDate() {
        if (published == null) {
            return null;
        }
        try {
            return published.length() <= 10 ? LocalDate.parse(published).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(published);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--published: '" + published
                    + "' is not a date like 2021-12-24 or 2021-12-24T10:00:00+04:00");
        }
    }
}
