package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.web.base.ui.ListHeight;

/**
 * The claim's evidence grouped by stance: supports, refutes, context; each group in the order linked.
 * <p>
 * The cards are drawn in the browser from a template ({@link LitRenderer}) inside a virtual list, not built as a
 * component tree per card: a worked claim has dozens of links, and a tree of ~30 elements per card, kept on the
 * server for every open tab and rebuilt on every live change, was most of a workspace's heap and render time (see
 * docs/BENCHMARKS.md#claim-workspace). The template binds every text as text ({@link EvidenceCardText}).
 * <p>
 * Nor are the links kept between requests: the list asks for the rows it draws (the ones in view) and they are
 * read from core then; a tab keeps the rows in view and the counts, not the text of every link of the claim.
 */
final class EvidencePanel extends Div {

    /** What the card's buttons ask for; the view does it. */
    interface Handler {
        void edit(EvidenceView link);

        void unlink(EvidenceView link);
    }

    // Rows not yet fetched are drawn as placeholders without properties: the template must draw those as nothing.
    private static final String CARD = """
            ${item.heading ? html`<h4 class="fb-evidence-heading fb-group-${item.heading.stance}">${item.heading.text}</h4>`
            : !item.card ? '' : html`<div class="fb-evidence fb-stance-${item.card.stance} ${item.card.orphaned ? 'fb-orphaned' : ''}"
                 role="listitem" data-link-id="${item.card.id}">
              <p class="fb-quote-context"><span class="fb-quote-around">${item.card.before}</span><mark
                 class="fb-quote">${item.card.quote}</mark><span class="fb-quote-around">${item.card.after}</span></p>
              <div class="fb-evidence-source"><a href="${item.card.readerHref}" router-link>${item.card.title}</a><span
                 class="fb-meta"> ${item.card.meta}</span>${item.card.originalHref ? html` · <a href="${item.card.originalHref}"
                 target="_blank" rel="noopener noreferrer nofollow">${item.card.originalLabel}</a>` : ''}</div>
              ${item.card.anchorLines && item.card.anchorLines.length ? html`<div class="fb-anchor-state" role="${item.card.orphaned ? 'alert' : 'note'}">
                 ${item.card.anchorLines.map(line => html`<p>${line}</p>`)}</div>` : ''}
              ${item.card.note ? html`<p class="fb-evidence-note">${item.card.note}</p>` : ''}
              ${item.editable ? html`<div class="fb-evidence-actions">
                 <vaadin-button class="fb-evidence-edit" theme="tertiary small icon" aria-label="${item.card.editLabel}"
                   title="${item.card.editLabel}" @click=${edit}><vaadin-icon icon="vaadin:edit"></vaadin-icon></vaadin-button>
                 <vaadin-button class="fb-evidence-unlink" theme="tertiary small error icon" aria-label="${item.card.unlinkLabel}"
                   title="${item.card.unlinkLabel}" @click=${unlink}><vaadin-icon icon="vaadin:unlink"></vaadin-icon></vaadin-button>
              </div>` : ''}
            </div>`}""";
    /** What a heading and a card take on screen, roughly: the list is sized to fit a few links without scrolling. */
    private static final double HEADING_REM = 3;
    private static final double CARD_REM = 15;

    final VirtualList<EvidenceRow> list = new VirtualList<>();
    private final Paragraph empty = new Paragraph(getTranslation("workspace.evidence.none"));
    private final Supplier<List<EvidenceView>> links;
    private int rowCount;
    private boolean editable;

    /** {@code links}: the claim's links as core has them now (read whenever the list draws rows). */
    EvidencePanel(Handler handler, Supplier<List<EvidenceView>> links) {
        this.links = links;
        addClassName("fb-evidence-panel");
        list.addClassName("fb-evidence-list");
        list.getElement().setAttribute("aria-label", getTranslation("workspace.evidence.title"));
        list.setRenderer(LitRenderer.<EvidenceRow>of(CARD)
                .withProperty("heading", row -> row instanceof EvidenceRow.Heading h ? heading(h) : null)
                .withProperty("card", row -> row instanceof EvidenceRow.Card c ? EvidenceCardText.of(c.link(), this::getTranslation) : null)
                .withProperty("editable", row -> editable)
                // The buttons are only drawn when editable; a call from a page that still shows them is refused by core.
                .withFunction("edit", row -> {
                    if (row instanceof EvidenceRow.Card c && editable) handler.edit(c.link());
                })
                .withFunction("unlink", row -> {
                    if (row instanceof EvidenceRow.Card c && editable) handler.unlink(c.link());
                }));
        add(new H3(getTranslation("workspace.evidence.title")), empty, list);
    }

    /** Shows {@code evidence} (just read from core): its counts now, its rows as the list draws them. */
    void show(List<EvidenceView> evidence, boolean editable) {
        this.editable = editable;
        List<EvidenceRow> rows = EvidenceRow.grouped(evidence);
        rowCount = rows.size();
        empty.setVisible(evidence.isEmpty());
        list.setVisible(!evidence.isEmpty());
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> rows().stream().skip(query.getOffset()).limit(query.getLimit()), query -> rowCount));
        long headings = rows.stream().filter(EvidenceRow.Heading.class::isInstance).count();
        ListHeight.fit(list, headings * HEADING_REM + evidence.size() * CARD_REM, "75vh");
    }

    private List<EvidenceRow> rows() {
        return EvidenceRow.grouped(links.get());
    }

    /** The links shown under one stance, in order. */
    List<EvidenceView> links(Stance stance) {
        return rows().stream().filter(EvidenceRow.Card.class::isInstance).map(row -> ((EvidenceRow.Card) row).link())
                .filter(link -> link.stance() == stance).toList();
    }

    /** What the card of one link shows (the same text the browser's template binds). */
    EvidenceCardText card(EvidenceView link) {
        return EvidenceCardText.of(link, this::getTranslation);
    }

    /** The stance headings as shown, e.g. "Supports (2)". */
    List<String> headings() {
        return rows().stream().filter(EvidenceRow.Heading.class::isInstance)
                .map(row -> heading((EvidenceRow.Heading) row).text()).toList();
    }

    private EvidenceHeading heading(EvidenceRow.Heading heading) {
        return new EvidenceHeading(heading.stance().name().toLowerCase(Locale.ROOT),
                getTranslation("workspace.evidence.group." + heading.stance().name(), heading.count()));
    }

}
