package org.factbench.web.evidence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.factbench.web.live.ClaimBroadcaster;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.web.article.ArticleSelection;
import org.factbench.web.article.ReaderCompanion.ReaderSession;
import org.factbench.web.article.ReaderHighlight;
import org.factbench.web.base.ui.Attempt;
import org.factbench.web.claim.workspace.ClaimLink;
import org.factbench.web.search.SearchCriteria;

/**
 * One article version read for one claim: which claim, the way back to it (with the finder's search), the
 * claim's evidence in this version highlighted by stance, and linking what the user selects.
 */
final class ClaimReading implements ReaderSession {

    private final ClaimView claim;
    private final ArticleText article;
    private final QueryParameters query;
    private final EvidenceService evidence;
    private final Div bar = new Div();
    private final Paragraph count = new Paragraph();
    private final ClaimBroadcaster broadcaster;
    private Registration live;
    LinkDialog dialog;

    ClaimReading(ClaimView claim, ArticleText article, QueryParameters query, EvidenceService evidence,
            ClaimBroadcaster broadcaster) {
        this.claim = claim;
        this.article = article;
        this.query = query;
        this.evidence = evidence;
        this.broadcaster = broadcaster;
    }

    /** Evidence someone else links, revises or removes shows up in the open reader too, while it is open. */
    @Override
    public void onChange(Runnable refresh) {
        bar.addAttachListener(event -> {
            UI ui = event.getUI();
            if (live != null) live.remove();
            live = broadcaster.subscribe(claim.id(), changed -> {
                if (changed.type().startsWith("Evidence")) ui.access(refresh::run);
            });
        });
        bar.addDetachListener(event -> {
            if (live != null) live.remove();
            live = null;
        });
    }

    @Override
    public Component bar() {
        bar.removeAll();
        bar.addClassName("fb-reader-claim");
        RouterLink back = new ClaimLink(claim.id()).routerLink(bar.getTranslation("finder.back"));
        SearchCriteria.from(query).ifPresent(search -> back.setQueryParameters(search.queryParameters()));
        back.addClassName("fb-back-to-claim");
        back.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        Span statement = new Span(claim.statement());
        statement.addClassName("fb-reader-statement");
        Paragraph reading = new Paragraph(new Span(bar.getTranslation("finder.reading") + " "), statement);
        count.addClassName("fb-reader-count");
        bar.add(back, reading, count);
        if (!claim.status().isOpen()) bar.add(new Paragraph(bar.getTranslation("finder.closed")));
        return bar;
    }

    @Override
    public List<ReaderHighlight> highlights() {
        List<EvidenceView> links = evidence.forClaim(claim.id()).stream()
                .filter(link -> link.articleId().equals(article.id()) && !link.orphaned()).toList();
        List<EvidenceView> here = links.stream().filter(link -> link.articleVersion() == article.version()).toList();
        long elsewhere = links.size() - here.size();
        count.setText(bar.getTranslation("finder.links.here", here.size())
                + (elsewhere == 0 ? "" : ". " + bar.getTranslation("finder.links.elsewhere", elsewhere)));
        return here.stream().filter(link -> link.endOffset() > link.startOffset()).map(link -> {
            String stance = bar.getTranslation("finder.stance." + link.stance().name());
            String note = link.note() == null || link.note().isBlank() ? "" : ": " + link.note();
            return new ReaderHighlight(link.startOffset(), link.endOffset(),
                    "fb-ev-" + link.stance().name().toLowerCase(Locale.ROOT), stance,
                    stance + " · " + link.author().displayName() + note);
        }).toList();
    }

    @Override
    public boolean linksSelections() {
        return claim.status().isOpen();
    }

    @Override
    public void selected(ArticleSelection selection, Runnable refresh) {
        if (dialog != null) dialog.close();
        dialog = new LinkDialog(selection.quote(), (stance, note) -> link(selection, stance, note, refresh));
        dialog.open();
    }

    private void link(ArticleSelection selection, Stance stance, String note, Runnable refresh) {
        LinkDialog open = dialog;
        Attempt.of(() -> evidence.link(claim.id(), new EvidenceSelection(selection.articleId(), selection.articleVersion(),
                        selection.start(), selection.end(), selection.quote(), stance, note)))
                .onInvalid((field, message) -> open.showError(message))
                .run().ifPresent(linked -> {
                    open.close();
                    refresh.run();
                    Notification done = Notification.show(open.getTranslation("finder.link.done",
                            open.getTranslation("finder.stance." + stance.name())), 3000, Notification.Position.BOTTOM_START);
                    done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    done.addClassName("fb-linked");
                });
    }
}
