package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import org.factbench.core.evidence.EvidenceRevision;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.evidence.anchor.AnchorState;
import org.factbench.core.shared.WebAddress;
import org.factbench.web.article.ArticleLink;
import org.factbench.web.article.PassageRange;
import org.factbench.web.text.Mark;

/**
 * One evidence link: the quote inside its surrounding text, where it comes from, the anchor's state, the note,
 * and (while the claim is open) revise and unlink. Article text is shown as text nodes only.
 */
final class EvidenceCard extends Div {

    /** What the card's buttons ask for; the view does it. */
    interface Handler {
        void revise(EvidenceCard card, EvidenceView link, EvidenceRevision revision);

        void unlink(EvidenceView link);
    }

    final EvidenceView link;
    final Mark quote;
    final Div anchorState = new Div();
    final Button edit = new Button(VaadinIcon.EDIT.create());
    final Button unlink = new Button(VaadinIcon.UNLINK.create());
    final Div editor = new Div();
    // The revise form is built on the first Edit: most cards are never edited, and its radio group, field and
    // button were most of a card's components (server heap and render time of every workspace; see BENCHMARKS.md).
    RadioButtonGroup<Stance> stance;
    TextField note;
    Button save;
    private final Handler handler;

    EvidenceCard(EvidenceView link, boolean editable, Handler handler) {
        this.link = link;
        addClassName("fb-evidence");
        addClassName("fb-stance-" + link.stance().name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("data-link-id", Long.toString(link.id()));
        quote = new Mark(link.quoteExact());
        quote.addClassName("fb-quote");
        Paragraph inContext = new Paragraph(context(link.quotePrefix(), true), quote, context(link.quoteSuffix(), false));
        inContext.addClassName("fb-quote-context");
        add(inContext, source(link));
        showAnchorState(link);
        if (link.note() != null && !link.note().isBlank()) {
            Paragraph shownNote = new Paragraph(link.note());
            shownNote.addClassName("fb-evidence-note");
            add(shownNote);
        }
        this.handler = handler;
        editor.addClassName("fb-evidence-editor");
        editor.setVisible(false);
        // A title, not a Vaadin tooltip: the tooltip is a component of its own, two more for every card of every tab.
        edit.setAriaLabel(getTranslation("workspace.evidence.edit"));
        edit.getElement().setAttribute("title", getTranslation("workspace.evidence.edit"));
        edit.addClickListener(event -> {
            if (editor.isVisible()) editor.setVisible(false);
            else openEditor();
        });
        unlink.setAriaLabel(getTranslation("workspace.evidence.unlink"));
        unlink.getElement().setAttribute("title", getTranslation("workspace.evidence.unlink"));
        unlink.addClickListener(event -> handler.unlink(link));
        for (Button b : new Button[] {edit, unlink}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.setVisible(editable);
        }
        unlink.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(edit, unlink);
        actions.addClassName("fb-evidence-actions");
        add(actions, editor);
    }

    private void openEditor() {
        if (stance == null) {
            stance = new RadioButtonGroup<>(getTranslation("workspace.evidence.stance"));
            stance.setItems(Stance.values());
            stance.setItemLabelGenerator(s -> getTranslation("workspace.evidence.stance." + s.name()));
            stance.setValue(link.stance());
            note = new TextField(getTranslation("workspace.evidence.note"));
            note.setValue(link.note() == null ? "" : link.note());
            note.setWidthFull();
            save = new Button(getTranslation("workspace.evidence.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            save.addClickListener(event -> handler.revise(this, link, new EvidenceRevision(stance.getValue(), note.getValue())));
            editor.add(stance, note, save);
        }
        editor.setVisible(true);
    }

    void restore(EvidenceRevision revision) {
        openEditor();
        stance.setValue(revision.stance());
        note.setValue(revision.note() == null ? "" : revision.note());
    }

    private Span context(String text, boolean before) {
        Span span = new Span(text == null || text.isEmpty() ? "" : before ? "…" + text : text + "…");
        span.addClassName("fb-quote-around");
        return span;
    }

    private Div source(EvidenceView link) {
        Div source = new Div();
        source.addClassName("fb-evidence-source");
        // The reader opens for this claim: its evidence highlighted, more of the article linkable.
        ArticleLink reader = new ArticleLink(link.articleId(), link.articleVersion(),
                new PassageRange(link.startOffset(), link.endOffset()), Map.of(ArticleLink.CLAIM, Long.toString(link.claimId())));
        source.add(reader.routerLink(link.articleTitle() == null ? link.articleId() : link.articleTitle()));
        StringBuilder meta = new StringBuilder();
        if (link.articleOutlet() != null) meta.append(link.articleOutlet()).append(" · ");
        if (link.articlePublished() != null) meta.append(ClaimWorkspaceView.DAY.format(link.articlePublished())).append(" · ");
        meta.append(getTranslation("workspace.evidence.version", link.articleVersion()));
        meta.append(" · ").append(getTranslation("workspace.evidence.linkedBy", link.author().displayName()));
        Span metaText = new Span(" " + meta);
        metaText.addClassName("fb-meta");
        source.add(metaText);
        // Only http(s) addresses become links: an article's URL comes from outside and could be javascript:.
        if (WebAddress.isHttp(link.articleUrl())) {
            Anchor original = new Anchor(link.articleUrl(), getTranslation("workspace.evidence.original"), AnchorTarget.BLANK);
            original.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            source.add(new Span(" · "), original);
        }
        return source;
    }

    private void showAnchorState(EvidenceView link) {
        anchorState.addClassName("fb-anchor-state");
        if (link.anchorState() == AnchorState.ORPHANED) {
            addClassName("fb-orphaned");
            anchorState.add(new Paragraph(getTranslation("workspace.evidence.orphaned", link.checkedVersion(),
                    link.articleVersion())), new Paragraph(getTranslation("workspace.evidence.snapshot", link.quotedSnapshot())));
            anchorState.getElement().setAttribute("role", "alert");
        } else if (link.anchorState() == AnchorState.FUZZY) {
            anchorState.add(new Paragraph(getTranslation("workspace.evidence.fuzzy", link.articleVersion(),
                    Math.round(link.anchorScore() * 100))));
        } else if (link.anchorState() == AnchorState.EXACT_QUOTE) {
            anchorState.add(new Paragraph(getTranslation("workspace.evidence.moved", link.articleVersion())));
        }
        anchorState.setVisible(anchorState.getChildren().findAny().isPresent());
        add(anchorState);
    }
}
