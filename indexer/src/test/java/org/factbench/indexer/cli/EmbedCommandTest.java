package org.factbench.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.factbench.indexer.embed.BgeSmallEmbedder;
import org.factbench.indexer.embed.EmbeddingStage;
import org.factbench.indexer.store.StoreFixture;
import org.factbench.indexer.testing.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code load --embed} and {@code embed} against the test node: progress, throughput, and nothing twice. */
class EmbedCommandTest {

    static StoreFixture store;

    @BeforeAll
    static void start() {
        store = new StoreFixture();
    }

    @AfterAll
    static void stop() throws IOException {
        store.close();
    }

    @Test
    void load_with_embed_embeds_the_new_paragraphs_and_a_second_embed_finds_nothing_left(@TempDir Path dir) {
        StoreFixture.article(dir, "a.txt", "Stadium roof", "Valley Post", "2024-08-01", "en",
                "The stadium gets a new roof.\n\nWork starts in autumn and ends in spring.");

        String loaded = run("load", dir.toString(), "--embed", "--no-progress");
        String again = run("embed", "--no-progress");

        assertThat(loaded).contains("Embedding 2 of 2 paragraph passages").containsPattern("Embedded 2 passages in \\d+ s \\([\\d.]+ passages/s\\)");
        assertThat(again).contains("Embedding 0 of 2").contains("Embedded 0 passages");
        assertThat(new EmbeddingStage(store.client, store.names, BgeSmallEmbedder.shared()).pending()).isZero();
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = FactbenchIndexer.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--es-url";
        all[args.length + 1] = TestElasticsearch.uri().toString();
        all[args.length + 2] = "--index-prefix";
        all[args.length + 3] = store.names.prefix();
        assertThat(commandLine.execute(all)).as(out.toString()).isZero();
        return out.toString();
    }
}
