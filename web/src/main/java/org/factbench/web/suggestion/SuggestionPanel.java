package org.factbench.web.suggestion;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.Stance;
import org.factbench.core.suggestion.AgreementSignal;
import org.factbench.core.suggestion.EmbeddingProgress;
import org.factbench.core.suggestion.Suggestion;
import org.factbench.core.suggestion.SuggestionService;
import org.factbench.web.article.ArticleLink;
import org.factbench.web.article.PassageRange;
import org.factbench.web.base.ui.Attempt;
import org.factbench.web.base.ui.PushedLoad;

/**
 * The claim's suggested passages, best first: source, the passage (as text, never HTML), badges for what agrees or
 * differs and why it was suggested, and the actions: link as supporting / refuting / context (the whole passage,
 * at its offsets), or dismiss for this claim. Loaded when attached and after every action; the line under the
 * title says how much of the corpus the semantic side covers yet.
 */
final class SuggestionPanel extends Div {

    static final int SHOWN = 8;

    final UnorderedList items = new UnorderedList();
    final Paragraph none = new Paragraph();
    final Paragraph coverage = new Paragraph();
    final Button refresh;
    final List<Item> shown = new ArrayList<>();

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
        add(new H3(getTranslation("suggest.title")), coverage, refresh, none, items);
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
        items.removeAll();
        shown.clear();
        if (found.suggestions() == null) {
            none.setText(getTranslation("suggest.unavailable"));
            none.setVisible(true);
            return;
        }
        showCoverage(found.progress());
        none.setText(getTranslation("suggest.none"));
        none.setVisible(found.suggestions().isEmpty());
        for (Suggestion suggestion : found.suggestions()) {
            Item item = new Item(suggestion);
            shown.add(item);
            items.add(item);
        }
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

    /** One suggestion; its parts are fields so tests can find them. */
    final class Item extends ListItem {

        final Suggestion suggestion;
        final Div badges = new Div();
        final Span text = new Span();
        final Button supports;
        final Button refutes;
        final Button context;
        final Button dismiss;

        Item(Suggestion s) {
            this.suggestion = s;
            addClassName("fb-suggestion");
            Div source = new Div();
            source.addClassName("fb-meta");
            source.add(new ArticleLink(s.articleId(), s.articleVersion(), new PassageRange(s.start(), s.end()))
                    .routerLink(s.title() == null || s.title().isBlank() ? getTranslation("suggest.untitled") : s.title()));
            String where = (s.outlet() == null ? "" : s.outlet())
                    + (s.published() == null ? "" : " · " + s.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
            source.add(new Span(" " + where));
            text.setText(s.text());
            text.addClassName("fb-suggestion-text");
            badges.addClassName("fb-badges");
            for (AgreementSignal signal : s.signals()) {
                badge(getTranslation("suggest.badge." + signal.aspect().name() + "." + signal.agreement().name(),
                        signal.claimMention(), signal.passageMention() == null ? "" : signal.passageMention()),
                        signal.agreement().name().toLowerCase(Locale.ROOT))
                        .getElement().setAttribute("title", getTranslation("suggest.badge.hint"));
            }
            if (!s.matchedTerms().isEmpty()) {
                badge(getTranslation("suggest.why.terms", String.join(", ", s.matchedTerms())), "why");
            }
            if (s.semanticMatch()) {
                badge(getTranslation("suggest.why.semantic"), "why");
            }
            supports = action("suggest.accept.SUPPORTS", () -> accept(s, Stance.SUPPORTS));
            refutes = action("suggest.accept.REFUTES", () -> accept(s, Stance.REFUTES));
            context = action("suggest.accept.CONTEXT", () -> accept(s, Stance.CONTEXT));
            dismiss = action("suggest.dismiss", () -> dismiss(s));
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div actions = new Div(supports, refutes, context, dismiss);
            actions.addClassName("fb-suggestion-actions");
            add(source, text, badges, actions);
        }

        private Span badge(String text, String agreement) {
            Span badge = new Span(text);
            badge.addClassName("fb-badge");
            badge.getElement().setAttribute("data-agreement", agreement);
            badges.add(badge);
            return badge;
        }

        private Button action(String key, Runnable run) {
            Button button = new Button(getTranslation(key), e -> run.run());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(getTranslation(key + ".label", suggestion == null ? "" : abbreviated(suggestion.text())));
            return button;
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
