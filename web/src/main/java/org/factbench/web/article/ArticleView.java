package org.factbench.web.article;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.ArticleVersionSummary;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.web.article.ReaderCompanion.ReaderSession;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Reads one article version, with the passage from the link highlighted and scrolled into view, a way back to
 * the results it came from and a switch between versions. Opened for a claim ({@code ?claim=<id>}), a
 * {@link ReaderCompanion} adds the claim's evidence as highlights and links what the user selects.
 */
@Route(value = "article/:" + ArticleView.ID_PARAMETER + "/:" + ArticleView.VERSION_PARAMETER + "?([0-9]{1,9})")
@PermitAll
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "id";
    static final String VERSION_PARAMETER = "version";

    private final ArticleReader reader;
    private final ObjectProvider<ReaderCompanion> companions;
    final Div toolbar = new Div();
    final Select<Integer> versions = new Select<>();
    final Button linkSelection = new Button();
    ArticleContent content;
    ReaderSession session;
    private String title;

    ArticleView(ArticleReader reader, ObjectProvider<ReaderCompanion> companions) {
        this.reader = reader;
        this.companions = companions;
        this.title = getTranslation("reader.title.default");
        addClassName("fb-article-view");
        toolbar.addClassName("fb-reader-bar");
        versions.setLabel(getTranslation("reader.version"));
        versions.addClassName("fb-reader-versions");
        linkSelection.setText(getTranslation("reader.link.selection"));
        linkSelection.setIcon(VaadinIcon.LINK.create());
        linkSelection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        linkSelection.addClassName("fb-link-selection");
        linkSelection.setTooltipText(getTranslation("reader.link.hint"));
        linkSelection.addClickShortcut(Key.KEY_L, KeyModifier.ALT);
        linkSelection.addClickListener(event -> {
            if (content != null) content.reportSelection();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        toolbar.removeAll();
        content = null;
        session = null;
        String id = event.getRouteParameters().get(ID_PARAMETER).orElseThrow();
        Optional<Integer> version = event.getRouteParameters().getInteger(VERSION_PARAMETER);
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<PassageRange> passage = PassageRange.from(query);
        add(toolbar);
        backToResults(query);
        try {
            reader.read(id, version).ifPresentOrElse(
                    article -> show(article, passage, query),
                    () -> message(getTranslation("reader.missing", id, version.map(v -> getTranslation("reader.missing.version", v))
                            .orElse(""))));
        } catch (CorpusUnavailableException e) {
            message(getTranslation("reader.unavailable"));
        }
    }

    private void show(ArticleText article, Optional<PassageRange> passage, QueryParameters query) {
        title = getTranslation("reader.title", article.title() == null ? article.id() : article.title());
        content = new ArticleContent(article, passage);
        claimOf(query).flatMap(claimId -> companions.orderedStream()
                .map(companion -> companion.open(claimId, article, query))
                .flatMap(Optional::stream).findFirst()).ifPresent(this::readFor);
        versionSwitch(article, query);
        add(content);
    }

    private void readFor(ReaderSession opened) {
        session = opened;
        toolbar.addComponentAsFirst(opened.bar());
        content.showHighlights(opened.highlights());
        ArticleContent shown = content;
        opened.onChange(() -> shown.showHighlights(opened.highlights()));
        if (opened.linksSelections()) {
            Paragraph hint = new Paragraph(getTranslation("reader.link.hint"));
            hint.addClassName("fb-reader-hint");
            toolbar.add(linkSelection, hint);
            content.onSelection(selection -> opened.selected(selection, () -> content.showHighlights(opened.highlights())));
        }
    }

    /** Other versions of the same article, opened with the same context (claim, way back) but no passage. */
    private void versionSwitch(ArticleText article, QueryParameters query) {
        List<ArticleVersionSummary> all;
        try {
            all = reader.versions(article.id());
        } catch (CorpusUnavailableException e) {
            return;
        }
        if (all.size() < 2) return;
        versions.setItems(all.stream().map(ArticleVersionSummary::version).toList());
        versions.setItemLabelGenerator(v -> getTranslation("reader.version.item", v,
                v == all.getLast().version() ? getTranslation("reader.version.latest") : ""));
        versions.setValue(article.version());
        versions.addValueChangeListener(event -> {
            if (event.getValue() != null && event.getValue() != article.version()) {
                getUI().ifPresent(ui -> new ArticleLink(article.id(), event.getValue(), null, context(query)).navigate(ui));
            }
        });
        toolbar.add(versions);
    }

    /** The query without the passage, which belongs to one version. */
    private static Map<String, String> context(QueryParameters query) {
        Map<String, String> context = new LinkedHashMap<>();
        query.getParameters().forEach((name, values) -> {
            if (!name.equals(PassageRange.START) && !name.equals(PassageRange.END) && values.size() == 1) {
                context.put(name, values.getFirst());
            }
        });
        return context;
    }

    private void backToResults(QueryParameters query) {
        query.getSingleParameter(ArticleLink.BACK).filter(ArticleView::isAppLocation).ifPresent(location -> {
            Anchor back = new Anchor(location, getTranslation("reader.back.results"));
            back.getElement().setAttribute("router-link", true);
            back.addClassName("fb-back");
            toolbar.add(back);
        });
    }

    /** Only a location inside the app (a route and its query), never another site or a script URL. */
    static boolean isAppLocation(String location) {
        return location.matches("[a-z][a-z0-9/_-]*(\\?[^#\\s]*)?") && !location.contains("//");
    }

    private static Optional<Long> claimOf(QueryParameters query) {
        return query.getSingleParameter(ArticleLink.CLAIM).filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong);
    }

    private void message(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("fb-error");
        add(paragraph);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
