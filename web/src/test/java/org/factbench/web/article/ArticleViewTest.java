package org.factbench.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.indexer.ingest.ArticleLoader;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.support.WebTest;
import org.factbench.web.text.Mark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("checker")
class ArticleViewTest extends SpringBrowserlessTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    CorpusStoreStartup corpusStartup;

    @Autowired
    ArticleLoader loader;

    @Autowired
    SourceCorpus corpus;

    @TempDir
    Path files;

    @BeforeEach
    void corpusIsReady() throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("corpus indices set up").isTrue();
    }

    @Test
    void markup_in_an_article_is_shown_as_literal_text_and_never_becomes_elements() throws Exception {
        PassageHit hit = load("hostile.txt", "By Test Outlet\n\nBy Mallory Markup\n\n"
                + "Quokkaville council met today. The statement read " + SCRIPT + " and " + IMAGE + " verbatim.\n\n"
                + "A second paragraph about Quokkaville follows.", "quokkaville statement");

        navigate("article/" + hit.articleId() + "/" + hit.articleVersion(), ArticleView.class);
        ArticleContent content = findInView(ArticleContent.class).single();

        String text = content.getElement().getTextRecursively();
        assertThat(text).contains(SCRIPT).contains(IMAGE).contains("Test Outlet").contains("Mallory Markup");
        assertThat(descendants(content.getElement())).extracting(Element::getTag)
                .doesNotContain("script", "img", "iframe")
                .isSubsetOf("article", "h2", "div", "p", "span", "mark", "a");
        assertThat(descendants(content.getElement())).allSatisfy(element ->
                assertThat(element.getProperty("innerHTML")).as(element.getTag() + " innerHTML").isNull());
    }

    @Test
    void the_passage_from_the_url_is_marked_and_an_unknown_article_gets_a_clear_message() throws Exception {
        PassageHit hit = load("plain.txt", "By Test Outlet\n\nBy Pat Plain\n\n"
                + "Wombatford hosted a long meeting.\n\nThe second paragraph mentions Wombatford talks.",
                "wombatford talks");

        UI.getCurrent().navigate("article/" + hit.articleId(), QueryParameters.simple(
                Map.of("start", Integer.toString(hit.start()), "end", Integer.toString(hit.end()))));
        assertThat(getCurrentView()).isInstanceOf(ArticleView.class);

        List<Mark> marks = findInView(Mark.class).withClassName("fb-passage").all();
        assertThat(String.join("", marks.stream().map(Mark::getText).toList())).isEqualTo(hit.text().plainText());

        navigate("article/no-such-article/3", ArticleView.class);
        assertThat(findInView(com.vaadin.flow.component.html.Paragraph.class).withClassName("fb-error").single().getText())
                .contains("There is no article no-such-article in version 3");
    }

    private PassageHit load(String name, String content, String query) throws IOException, InterruptedException {
        Path file = Files.writeString(files.resolve(name), content);
        LoadSummary summary = loader.load(List.of(file), ReadOptions.defaults(), ProgressListener.NONE);
        assertThat(summary.failed()).isEmpty();
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            List<PassageHit> hits = corpus.searchPassages(PassageQuery.of(query)).hits();
            if (!hits.isEmpty()) {
                return hits.getFirst();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The loaded article never became searchable for: " + query);
    }

    private static List<Element> descendants(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(child -> descendants(child).stream()))
                .filter(element -> !element.isTextNode()).toList();
    }
}
