package org.factbench.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.stream.Stream;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.search.SearchView;
import org.factbench.web.support.CuttableProxy;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The banner with the real probe, while the application's Elasticsearch traffic is cut. */
@WebTest
@ViewPackages(classes = FactbenchApplication.class)
class CorpusBannerTest extends SpringBrowserlessTest {

    private static final String SENTENCE = "Search is unavailable; retrying.";

    @Autowired
    CuttableProxy elasticsearch;

    @Autowired
    CorpusStatusMonitor monitor;

    @Test
    @WithUserDetails("admin")
    void an_admin_reads_one_short_sentence_and_finds_the_cause_behind_details() throws InterruptedException {
        CorpusBanner banner = openBanner();
        elasticsearch.cut();
        try {
            awaitBanner(banner, true);

            assertThat(banner.message.getText()).isEqualTo(SENTENCE);
            assertThat(banner.details.isVisible()).isTrue();
            assertThat(banner.details.getElement().getTextRecursively()).contains("Details", "cannot be reached");
        } finally {
            elasticsearch.restore();
        }
        awaitBanner(banner, false);
    }

    @Test
    @WithUserDetails("checker")
    void other_users_read_the_sentence_only() throws InterruptedException {
        CorpusBanner banner = openBanner();
        elasticsearch.cut();
        try {
            awaitBanner(banner, true);

            assertThat(banner.getElement().getTextRecursively()).isEqualTo(SENTENCE);
        } finally {
            elasticsearch.restore();
        }
        awaitBanner(banner, false);
    }

    private CorpusBanner openBanner() {
        navigate(SearchView.class);
        return descendants(UI.getCurrent()).filter(CorpusBanner.class::isInstance).map(CorpusBanner.class::cast)
                .findFirst().orElseThrow();
    }

    /** The periodic check runs every 500 ms in tests; its pushed updates run here, under the session lock. */
    private static void awaitBanner(CorpusBanner banner, boolean visible) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        VaadinSession session = VaadinSession.getCurrent();
        while (banner.isVisible() != visible && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            session.getService().runPendingAccessTasks(session);
            roundTrip();
        }
        assertThat(banner.isVisible()).as("banner visible").isEqualTo(visible);
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(CorpusBannerTest::descendants));
    }
}
