package org.factbench.indexer.cli;

import java.io.PrintWriter;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.indexer.local.LocalElasticsearchException;
import org.factbench.indexer.schema.SchemaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The indexer's command line: {@code factbench-indexer load|embed|rebuild|stats}. No Spring. */
@Command(name = "factbench-indexer", mixinStandardHelpOptions = true, version = "factbench-indexer 0.1",
        subcommands = {LoadCommand.class, EmbedCommand.class, RebuildCommand.class, StatsCommand.class, BenchmarkCommand.class},
        description = {"Load news articles into Factbench's Elasticsearch corpus and maintain its indices.",
                "Uses the local Elasticsearch node unless FACTBENCH_ES_URIS (or --es-url) names a cluster."})
public final class FactbenchIndexer implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    public static void main(String[] args) {
        // Before any logger exists: quiet logs on stderr, so stdout carries only the command's output.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "factbench-cli-logback.xml");
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new FactbenchIndexer());
        commandLine.setExecutionExceptionHandler(FactbenchIndexer::handle);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof CorpusUnavailableException || e instanceof LocalElasticsearchException
                || e instanceof SchemaException || e instanceof IllegalStateException
                || e instanceof java.io.UncheckedIOException) {
            err.println("Error: " + e.getMessage());
            err.flush();
            return ExitCodes.UNAVAILABLE;
        }
        err.println("Error: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.UNAVAILABLE;
    }
}
