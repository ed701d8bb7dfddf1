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
    final ComboBox<String> language = new ComboBox<>(getTranslation("search.form.language"));
    final TextField outlet = new TextField(getTranslation("search.form.outlet"));
    final DatePicker from = new DatePicker(getTranslation("search.form.from"));
    final DatePicker to = new DatePicker(getTranslation("search.form.to"));
    final Button search = new Button(getTranslation("search.form.run"));

    public SearchForm() {
        this(null);
    }

    /** With its own label for the words field (the finder's is "search passages for this claim"); null: the default. */
    public SearchForm(String fieldLabel) {
        text.setLabel(fieldLabel == null ? getTranslation("search.form.words") : fieldLabel);
        addClassName("fb-search-form");
        setPadding(false);
        text.setPlaceholder(getTranslation("search.form.words.placeholder"));
        text.setClearButtonVisible(true);
        text.setWidth("32em");
        language.setItems(CorpusLanguage.codes());
        language.setItemLabelGenerator(code -> CorpusLanguage.labelOf(code, getLocale()));
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(event -> language.setValue(event.getDetail()));
        language.setClearButtonVisible(true);
        language.setWidth("11em");
        outlet.setClearButtonVisible(true);
        from.setWidth("11em");
        to.setWidth("11em");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        search.addClickListener(event -> submit());
        add(row(text, search), row(language, outlet, from, to));
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
        boolean rangeInvalid = from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue());
        to.setInvalid(rangeInvalid);
        to.setErrorMessage(getTranslation("search.form.to.before-from"));
        if (!text.isInvalid() && !rangeInvalid) {
            fireEvent(new SearchRequested(this, new SearchCriteria(
                    text.getValue().strip(), language.getValue(), outlet.getValue(), from.getValue(), to.getValue())));
        }
    }

    /** Puts a search back into the fields (from a URL, or what the user searched before). */
    public void show(SearchCriteria criteria) {
        text.setValue(criteria.text());
        language.setValue(criteria.language() == null || criteria.language().isBlank() ? null : criteria.language());
        outlet.setValue(criteria.outlet() == null ? "" : criteria.outlet());
        from.setValue(criteria.from());
        to.setValue(criteria.to());
    }

    public TextField queryField() {
        return text;
    }

    public ComboBox<String> languageField() {
        return language;
    }

    public TextField outletField() {
        return outlet;
    }

    public DatePicker fromField() {
        return from;
    }

    public DatePicker toField() {
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
