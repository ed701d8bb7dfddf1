package org.factbench.indexer.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;
import java.util.List;
import org.factbench.core.corpus.CorpusLanguage;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader as a Spring component: found, and bound to factbench.parse.* properties. */
class ParseConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ParseConfiguration.class, FormatDetectingCorpusReader.class);

    @TempDir
    Path dir;

    @Test
    void theComponentUsesTheConfiguredLimit() {
        Path text = TestFiles.write(dir, "a.txt", "Title\n\n" + "Body text. ".repeat(300));

        context.withPropertyValues("factbench.parse.max-document-bytes=2048", "factbench.parse.languages=en,ru")
                .run(spring -> {
                    CorpusReader reader = spring.getBean(CorpusReader.class);
                    assertThat(spring.getBean(ParseSettings.class).languages()).containsExactly("en", "ru");
                    assertThat(Results.read(reader, ReadOptions.defaults(), text).onlyFailure().reason())
                            .contains("larger than the limit of 2 KB");
                });
    }

    @Test
    void defaultsApplyWithoutProperties() {
        context.run(spring -> {
            ParseSettings settings = spring.getBean(ParseSettings.class);
            assertThat(settings.maxDocumentBytes()).isEqualTo(ParseSettings.DEFAULT_MAX_DOCUMENT_BYTES);
            assertThat(settings.languages()).isEqualTo(CorpusLanguage.codes());
        });
    }
}
