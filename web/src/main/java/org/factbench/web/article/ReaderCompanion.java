package org.factbench.web.article;

import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.factbench.core.corpus.ArticleText;

/**
 * What another feature adds to the reader when it is opened for a claim ({@code ?claim=<id>}): a Spring bean.
 * The reader itself knows nothing about claims; it shows the session's bar and highlights and hands it what the
 * user selects.
 */
public interface ReaderCompanion {

    /** Called in the UI thread when the reader shows {@code article} for {@code claimId}; empty when it does not apply. */
    Optional<ReaderSession> open(long claimId, ArticleText article, QueryParameters query);

    /** One opened article for one claim. */
    interface ReaderSession {

        /** Shown above the article: for which claim it is read, and the way back. */
        com.vaadin.flow.component.Component bar();

        /** The spans to mark in this version (for a claim: its evidence, by stance). */
        java.util.List<ReaderHighlight> highlights();

        /** Whether a selection offers to be linked (the user may link and the claim is open). */
        boolean linksSelections();

        /** The user selected a span; {@code refresh} re-reads {@link #highlights()} once something changed. */
        void selected(ArticleSelection selection, Runnable refresh);

        /** Given once: how to re-read {@link #highlights()} when they change elsewhere (someone else links). */
        default void onChange(Runnable refresh) {
        }
    }
}
