package org.factbench.web.claim.board;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factbench.core.collection.CollectionView;
import org.factbench.core.corpus.CorpusLanguage;
import org.factbench.core.matching.SimilarClaimView;

/**
 * The new-claim form. Knows no services: fires {@link StatementTyped} (debounced) so the view can look for
 * duplicates, and {@link CreateRequested} with the input as typed; errors come back per field.
 */
final class NewClaimDialog extends Dialog {

    final TextArea statement = new TextArea(getTranslation("board.new.statement"));
    final TextField claimant = new TextField(getTranslation("board.new.claimant"));
    final ComboBox<String> language = new ComboBox<>(getTranslation("board.new.language"));
    final TextField tags = new TextField(getTranslation("board.new.tags"));
    final TextField url = new TextField(getTranslation("board.new.url"));
    final TextField outlet = new TextField(getTranslation("board.new.outlet"));
    final DatePicker appearedOn = new DatePicker(getTranslation("board.new.date"));
    final ComboBox<CollectionView> collection = new ComboBox<>(getTranslation("board.new.collection"));
    final SimilarClaims duplicates = new SimilarClaims();
    final Button create = new Button(getTranslation("board.new.create"));
    private final Map<String, HasValidation> fields = Map.of("statement", statement, "claimant", claimant,
            "language", language, "tags", tags, "appearances", url, "collectionId", collection);

    NewClaimDialog(List<CollectionView> collections, LocalDate today) {
        addClassName("fb-new-claim");
        statement.setId("fb-new-statement");
        claimant.setId("fb-new-claimant");
        url.setId("fb-new-url");
        outlet.setId("fb-new-outlet");
        appearedOn.setId("fb-new-date");
        create.setId("fb-new-create");
        setHeaderTitle(getTranslation("board.new.title"));
        statement.setValueChangeMode(ValueChangeMode.TIMEOUT);
        statement.setValueChangeTimeout(350);
        statement.setRequiredIndicatorVisible(true);
        statement.setMaxLength(2000);
        statement.addValueChangeListener(event -> fireEvent(new StatementTyped(this)));
        claimant.setRequiredIndicatorVisible(true);
        language.setItems(CorpusLanguage.codes());
        language.setItemLabelGenerator(code -> CorpusLanguage.labelOf(code, getLocale()));
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(event -> language.setValue(event.getDetail()));
        language.addValueChangeListener(event -> fireEvent(new StatementTyped(this)));
        tags.setHelperText(getTranslation("board.new.tags.help"));
        url.setPlaceholder("https://");
        url.setRequiredIndicatorVisible(true);
        appearedOn.setValue(today);
        appearedOn.setMax(today);
        collection.setItems(collections);
        collection.setItemLabelGenerator(CollectionView::name);
        collection.setClearButtonVisible(true);
        FormLayout form = new FormLayout(statement, claimant, language, tags, url, outlet, appearedOn, collection);
        form.setColspan(statement, 2);
        form.setColspan(url, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(form, duplicates);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> fireEvent(new CreateRequested(this)));
        create.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        for (TextField field : List.of(claimant, tags, url, outlet)) {
            field.addKeyDownListener(Key.ENTER, event -> create.click());
        }
        getFooter().add(new Button(getTranslation("board.new.cancel"), event -> close()), create);
        setWidth("min(56em, 96vw)");
    }

    NewClaimInput input() {
        return new NewClaimInput(statement.getValue(), claimant.getValue(), language.getValue(), tags.getValue(),
                url.getValue(), outlet.getValue(), appearedOn.getValue(),
                collection.getValue() == null ? null : collection.getValue().id());
    }

    void showError(String field, String message) {
        HasValidation target = fields.getOrDefault(field, statement);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    void showDuplicates(List<SimilarClaimView> similar) {
        duplicates.show(similar);
    }

    void duplicatesUnavailable() {
        duplicates.unavailable();
    }

    Registration addStatementTypedListener(ComponentEventListener<StatementTyped> listener) {
        return addListener(StatementTyped.class, listener);
    }

    Registration addCreateListener(ComponentEventListener<CreateRequested> listener) {
        return addListener(CreateRequested.class, listener);
    }

    static final class StatementTyped extends ComponentEvent<NewClaimDialog> {
        StatementTyped(NewClaimDialog source) {
            super(source, false);
        }
    }

    static final class CreateRequested extends ComponentEvent<NewClaimDialog> {
        CreateRequested(NewClaimDialog source) {
            super(source, false);
        }
    }
}
