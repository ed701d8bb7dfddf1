package org.factbench.web.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.factbench.core.corpus.CorpusLanguage;

/**
 * The search field and its filters, shared by the search view and the evidence finder. Knows no services: it
 * validates the input and fires {@link SearchRequested}; invalid input stays in the fields with a message.
 */
public final class SearchForm extends VerticalLayout {

    final TextField text = new TextField();
    final Button search = new Button(getTranslation("search.form.run"));
    /** Shows or hides the filters; only there when they start hidden (the finder). */
    final Button filtersToggle = new Button();
    // The filters are built on first use where they start hidden: a combo box, a text field and two date pickers
    // are a good part of the server state of every open claim, and most finder searches use none of them.
    ComboBox<String> language;
    TextField outlet;
    DatePicker from;
    DatePicker to;
    private final HorizontalLayout filterRow = row();

    public SearchForm() {
        this(null, true);
    }

    /**
     * With its own label for the words field (the finder's is "search passages for this claim"; null: the default),
     * and the filters shown from the start (the search view) or behind a "Filters" button (the evidence finder).
     */
    public SearchForm(String fieldLabel, boolean filtersShown) {
        text.setLabel(fieldLabel == null ? getTranslation("search.form.words") : fieldLabel);
        addClassName("fb-search-form");
        setPadding(false);
        text.setPlaceholder(getTranslation("search.form.words.placeholder"));
        text.setClearButtonVisible(true);
        text.setWidth("32em");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        search.addClickListener(event -> submit());
        filtersToggle.addClassName("fb-search-filters-toggle");
        filtersToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        filtersToggle.addClickListener(event -> showFilters(!filterRow.isVisible()));
        filtersToggle.setVisible(!filtersShown);
        add(row(text, search, filtersToggle), filterRow);
        if (filtersShown) buildFilters();
        else showFilters(false);
    }

    private void buildFilters() {
        if (language != null) return;
        language = new ComboBox<>(getTranslation("search.form.language"));
        outlet = new TextField(getTranslation("search.form.outlet"));
        from = new DatePicker(getTranslation("search.form.from"));
        to = new DatePicker(getTranslation("search.form.to"));
        language.setItems(CorpusLanguage.codes());
        language.setItemLabelGenerator(code -> CorpusLanguage.labelOf(code, getLocale()));
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(event -> language.setValue(event.getDetail()));
        language.setClearButtonVisible(true);
        language.setWidth("11em");
        outlet.setClearButtonVisible(true);
        from.setWidth("11em");
        to.setWidth("11em");
        filterRow.add(language, outlet, from, to);
    }

    /** Shows (building them the first time) or hides the filters; hidden filters still apply, and the button says how many. */
    void showFilters(boolean shown) {
        if (shown) buildFilters();
        filterRow.setVisible(shown);
        int active = typed().filterCount();
        filtersToggle.setText(shown ? getTranslation("search.form.filters.hide")
                : active == 0 ? getTranslation("search.form.filters") : getTranslation("search.form.filters.active", active));
        filtersToggle.getElement().setAttribute("aria-expanded", Boolean.toString(shown));
    }

    private static HorizontalLayout row(Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void submit() {
        text.setInvalid(text.getValue().isBlank());
        text.setErrorMessage(getTranslation("search.form.words.required"));
        boolean rangeInvalid = to != null && from.getValue() != null && to.getValue() != null
                && from.getValue().isAfter(to.getValue());
        if (to != null) {
            to.setInvalid(rangeInvalid);
            to.setErrorMessage(getTranslation("search.form.to.before-from"));
        }
        if (rangeInvalid) showFilters(true);
        if (!text.isInvalid() && !rangeInvalid) fireEvent(new SearchRequested(this, typed()));
    }

    /** What the fields hold now; no filters while they are not built. */
    private SearchCriteria typed() {
        String words = text.getValue().strip();
        return language == null ? new SearchCriteria(words, null, null, null, null)
                : new SearchCriteria(words, language.getValue(), outlet.getValue(), from.getValue(), to.getValue());
    }

    /** Puts a search back into the fields (from a URL, or what the user searched before). */
    public void show(SearchCriteria criteria) {
        text.setValue(criteria.text());
        boolean filtered = criteria.filterCount() > 0;
        if (language == null && !filtered) return;
        buildFilters();
        language.setValue(criteria.language() == null || criteria.language().isBlank() ? null : criteria.language());
        outlet.setValue(criteria.outlet() == null ? "" : criteria.outlet());
        from.setValue(criteria.from());
        to.setValue(criteria.to());
        if (filtersToggle.isVisible()) showFilters(filtered || filterRow.isVisible());
    }

    public TextField queryField() {
        return text;
    }

    public Button filtersToggle() {
        return filtersToggle;
    }

    /** Whether the filter fields exist yet (they are built on first use where they start hidden). */
    public boolean filtersBuilt() {
        return language != null;
    }

    /** The filter fields, shown (and built) when asked for. */
    public ComboBox<String> languageField() {
        showFilters(true);
        return language;
    }

    public TextField outletField() {
        showFilters(true);
        return outlet;
    }

    public DatePicker fromField() {
        showFilters(true);
        return from;
    }

    public DatePicker toField() {
        showFilters(true);
        return to;
    }

    public Button searchButton() {
        return search;
    }

    public Registration addSearchListener(ComponentEventListener<SearchRequested> listener) {
        return addListener(SearchRequested.class, listener);
    }

    public static final class SearchRequested extends ComponentEvent<SearchForm> {

        private final SearchCriteria criteria;

        SearchRequested(SearchForm source, SearchCriteria criteria) {
            super(source, false);
            this.criteria = criteria;
        }

        public SearchCriteria criteria() {
            return criteria;
        }
    }
}
