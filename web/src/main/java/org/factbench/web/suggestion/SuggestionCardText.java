package org.factbench.web.suggestion;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factbench.core.suggestion.AgreementSignal;
import org.factbench.core.suggestion.Suggestion;
import org.factbench.web.article.ArticleLink;
import org.factbench.web.article.PassageRange;

/**
 * What one suggestion card says, as plain strings: the browser's template binds each as text (never as markup), so
 * passage text and titles from the corpus stay inert. The four buttons have a short text and an aria-label naming
 * the passage. Public only because Flow serializes renderer properties by reflection.
 *
 * @param readerHref the reader at the passage, relative to the app's base ({@link ArticleLink#href()})
 * @param where      outlet and publication day, either may be missing
 */
public record SuggestionCardText(String title, String readerHref, String where, String text, List<SuggestionBadge> badges,
        String supports, String supportsLabel, String refutes, String refutesLabel, String context, String contextLabel,
        String dismiss, String dismissLabel) {

    /** {@code words}: the component whose locale and bundle the texts come from. */
    static SuggestionCardText of(Suggestion s, Component words) {
        String passage = abbreviated(s.text());
        String where = (s.outlet() == null ? "" : s.outlet())
                + (s.published() == null ? "" : " · " + s.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
        return new SuggestionCardText(
                s.title() == null || s.title().isBlank() ? words.getTranslation("suggest.untitled") : s.title(),
                new ArticleLink(s.articleId(), s.articleVersion(), new PassageRange(s.start(), s.end())).href(),
                where, s.text(), badges(s, words),
                words.getTranslation("suggest.accept.SUPPORTS"), words.getTranslation("suggest.accept.SUPPORTS.label", passage),
                words.getTranslation("suggest.accept.REFUTES"), words.getTranslation("suggest.accept.REFUTES.label", passage),
                words.getTranslation("suggest.accept.CONTEXT"), words.getTranslation("suggest.accept.CONTEXT.label", passage),
                words.getTranslation("suggest.dismiss"), words.getTranslation("suggest.dismiss.label", passage));
    }

    /** The badges' texts, in order: what tests compare with what the user should read. */
    List<String> badgeTexts() {
        return badges.stream().map(SuggestionBadge::text).toList();
    }

    private static List<SuggestionBadge> badges(Suggestion s, Component words) {
        List<SuggestionBadge> badges = new ArrayList<>();
        String hint = words.getTranslation("suggest.badge.hint");
        for (AgreementSignal signal : s.signals()) {
            badges.add(new SuggestionBadge(
                    words.getTranslation("suggest.badge." + signal.aspect().name() + "." + signal.agreement().name(),
                            signal.claimMention(), signal.passageMention() == null ? "" : signal.passageMention()),
                    signal.agreement().name().toLowerCase(Locale.ROOT), hint));
        }
        if (!s.matchedTerms().isEmpty()) {
            badges.add(new SuggestionBadge(words.getTranslation("suggest.why.terms", String.join(", ", s.matchedTerms())), "why", null));
        }
        if (s.semanticMatch()) {
            badges.add(new SuggestionBadge(words.getTranslation("suggest.why.semantic"), "why", null));
        }
        return badges;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
