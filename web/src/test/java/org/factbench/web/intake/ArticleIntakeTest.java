package org.factbench.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.intake.ArticleIntake;
import org.factbench.core.intake.IntakeFile;
import org.factbench.core.intake.IntakeReport;
import org.factbench.core.intake.PastedArticle;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Uploads and pastes go through the indexer's pipeline into the test's real Elasticsearch. */
@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("editor")
class ArticleIntakeTest extends SpringBrowserlessTest {

    @Autowired
    ArticleIntake intake;

    @Autowired
    SourceCorpus corpus;

    @Autowired
    CorpusStoreStartup corpusStartup;

    @TempDir
    Path temp;

    @BeforeEach
    void corpusIsReady() throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).isTrue();
    }

    @Test
    void uploaded_files_are_stored_under_their_names_and_a_broken_one_is_reported_by_name() throws Exception {
        String word = "zanthoxylum" + System.nanoTime();
        Path text = Files.writeString(temp.resolve("random-upload-1"), "Ferry news\n\nThe harbour of Alat reported " + word
                + " on its new ferry line in the spring.\n");
        Path broken = Files.write(temp.resolve("random-upload-2"), new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x01});
        AtomicLong progressCalls = new AtomicLong();

        IntakeReport report = intake.upload(List.of(new IntakeFile("alat-ferry.txt", text), new IntakeFile("../../etc/broken.gz", broken)),
                (done, read) -> progressCalls.incrementAndGet());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo("broken.gz");
            assertThat(failure.reason()).isNotBlank();
        });
        assertThat(progressCalls.get()).isPositive();
        assertThat(corpus.searchPassages(PassageQuery.of(word)).hits()).isNotEmpty();
    }

    @Test
    void a_pasted_article_is_searchable_with_its_metadata() {
        String word = "quillwort" + System.nanoTime();
        IntakeReport report = intake.paste(new PastedArticle("Quillwort survey", "Lankaran Weekly", List.of("Aysel Karimova"),
                LocalDate.of(2022, 3, 1), "https://lankaran-weekly.example/quillwort", "en",
                "Botanists counted " + word + " along the shore.\n\nThe survey ends in May."), (done, read) -> { });

        assertThat(report.created()).isEqualTo(1);
        var hit = corpus.searchPassages(PassageQuery.of(word)).hits().getFirst();
        assertThat(hit.outlet()).isEqualTo("Lankaran Weekly");
        assertThat(hit.title()).isEqualTo("Quillwort survey");
    }

    @Test
    @WithUserDetails("checker")
    void a_checker_may_not_add_articles() {
        assertThatThrownBy(() -> intake.paste(new PastedArticle("T", "O", List.of(), null, null, "en", "Text."), (d, r) -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }
}
