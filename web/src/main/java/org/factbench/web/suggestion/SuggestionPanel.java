package org.factbench.web.suggestion;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.Stance;
import org.factbench.core.suggestion.EmbeddingProgress;
import org.factbench.core.suggestion.Suggestion;
import org.factbench.core.suggestion.SuggestionService;
import org.factbench.web.base.ui.Attempt;
import org.factbench.web.base.ui.ListHeight;
import org.factbench.web.base.ui.PushedLoad;

/**
 * The claim's suggested passages, best first: source, the passage (as text, never HTML), badges for what agrees or
 * differs and why it was suggested, and the actions: link as supporting / refuting / context (the whole passage,
 * at its offsets), or dismiss for this claim. Loaded when attached and after every action; the line under the
 * title says how much of the corpus the semantic side covers yet.
 * <p>
 * The cards are drawn in the browser from a template inside a virtual list, as the workspace's evidence is: a tree
 * of ~25 server elements per suggestion was kept for every open tab. The template binds every text as text
 * ({@link SuggestionCardText}); its buttons call back with the row they belong to.
 */
final class SuggestionPanel extends Div {

    static final int SHOWN = 8;

    // Rows not yet fetched are drawn as placeholders without properties: the template must draw those as nothing.
    static final String CARD = """
            ${!item.card ? '' : html`<div class="fb-suggestion" role="listitem">
              <div class="fb-meta fb-suggestion-source"><a href="${item.card.readerHref}" router-link>${item.card.title}</a>
                ${item.card.where}</div>
              <span class="fb-suggestion-text">${item.card.text}</span>
              <div class="fb-badges">${(item.card.badges || []).map(badge => badge.hint
                ? html`<span class="fb-badge" data-agreement="${badge.agreement}" title="${badge.hint}">${badge.text}</span>`
                : html`<span class="fb-badge" data-agreement="${badge.agreement}">${badge.text}</span>`)}</div>
              <div class="fb-suggestion-actions">
                <vaadin-button class="fb-suggestion-supports" theme="small" aria-label="${item.card.supportsLabel}"
                  @click=${supports}>${item.card.supports}</vaadin-button>
                <vaadin-button class="fb-suggestion-refutes" theme="small" aria-label="${item.card.refutesLabel}"
                  @click=${refutes}>${item.card.refutes}</vaadin-button>
                <vaadin-button class="fb-suggestion-context" theme="small" aria-label="${item.card.contextLabel}"
                  @click=${context}>${item.card.context}</vaadin-button>
                <vaadin-button class="fb-suggestion-dismiss" theme="small tertiary" aria-label="${item.card.dismissLabel}"
                  @click=${dismiss}>${item.card.dismiss}</vaadin-button>
              </div>
            </div>`}""";
    /** What a card takes on screen, roughly (a paragraph, badges, buttons): the list is sized to fit its cards. */
    private static final double CARD_REM = 13;

    final VirtualList<Suggestion> list = new VirtualList<>();
    final Paragraph none = new Paragraph();
    final Paragraph coverage = new Paragraph();
    final Button refresh;
    private List<Suggestion> shown = List.of();

    private final long claimId;
    private final SuggestionService suggestions;
    private final EvidenceService evidence;
    private final PushedLoad<Found> load;

    SuggestionPanel(long claimId, SuggestionService suggestions, EvidenceService evidence) {
        this.claimId = claimId;
        this.suggestions = suggestions;
        this.evidence = evidence;
        this.load = new PushedLoad<>(this, "suggestions for claim " + claimId);
        addClassName("fb-suggestions");
        coverage.addClassName("fb-meta");
        refresh = new Button(getTranslation("suggest.refresh"), e -> reload());
        refresh.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        list.addClassName("fb-suggestion-list");
        list.getElement().setAttribute("aria-label", getTranslation("suggest.title"));
        list.setVisible(false);
        list.setRenderer(LitRenderer.<Suggestion>of(CARD)
                .withProperty("card", this::card)
                .withFunction("supports", s -> accept(s, Stance.SUPPORTS))
                .withFunction("refutes", s -> accept(s, Stance.REFUTES))
                .withFunction("context", s -> accept(s, Stance.CONTEXT))
                .withFunction("dismiss", this::dismiss));
        add(new H3(getTranslation("suggest.title")), coverage, refresh, none, list);
    }

    /**
     * Loaded after the workspace is shown, off the request: finding suggestions embeds the claim and runs two corpus
     * queries, which would otherwise be most of the time it takes to open a claim. The result is pushed in.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        none.setText(getTranslation("suggest.loading"));
        none.setVisible(true);
        load.start(this::find, this::show, () -> show(Found.UNAVAILABLE));
    }

    void reload() {
        show(find());
    }

    /** The suggestions and the coverage line, or the corpus was unreachable (both null). */
    private record Found(List<Suggestion> suggestions, EmbeddingProgress progress) {
        static final Found UNAVAILABLE = new Found(null, null);
    }

    private Found find() {
        try {
            return new Found(suggestions.forClaim(claimId, SHOWN), suggestions.embeddingProgress());
        } catch (CorpusUnavailableException e) {
            return Found.UNAVAILABLE;
        }
    }

    private void show(Found found) {
        shown = found.suggestions() == null ? List.of() : found.suggestions();
        list.setItems(shown);
        list.setVisible(!shown.isEmpty());
        ListHeight.fit(list, shown.size() * CARD_REM, "75vh");
        if (found.suggestions() == null) {
            none.setText(getTranslation("suggest.unavailable"));
            none.setVisible(true);
            return;
        }
        showCoverage(found.progress());
        none.setText(getTranslation("suggest.none"));
        none.setVisible(shown.isEmpty());
    }

    /** The suggestions shown, best first. */
    List<Suggestion> shown() {
        return shown;
    }

    /** What the card of one suggestion shows (the same text the browser's template binds). */
    SuggestionCardText card(Suggestion suggestion) {
        return SuggestionCardText.of(suggestion, this);
    }

    private void showCoverage(EmbeddingProgress progress) {
        if (progress.total() == 0) {
            coverage.setText(getTranslation("suggest.coverage.none"));
        } else if (progress.complete()) {
            coverage.setText(getTranslation("suggest.coverage.complete", progress.total()));
        } else {
            coverage.setText(getTranslation(progress.running() ? "suggest.coverage.running" : "suggest.coverage.partial",
                    progress.percent(), progress.embedded(), progress.total(), Math.round(progress.perSecond())));
        }
    }

    void accept(Suggestion s, Stance stance) {
        boolean linked = Attempt.doing(() -> evidence.link(claimId, new EvidenceSelection(s.articleId(), s.articleVersion(),
                s.start(), s.end(), s.text(), stance, getTranslation("suggest.note")))).run().isPresent();
        if (linked) {
            reload();
        }
    }

    void dismiss(Suggestion s) {
        if (Attempt.doing(() -> suggestions.dismiss(claimId, s.passageId(), s.articleId())).run().isPresent()) {
            reload();
        }
    }
}
