package org.factbench.web.intake;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import org.factbench.core.intake.IntakeReport;
import org.factbench.core.intake.PastedArticle;

/** A pasted article and what the editor knows of it; fires {@link PasteEvent}, knows no service. */
final class PasteForm extends FormLayout {

    final TextField title = new TextField();
    final TextField outlet = new TextField();
    final TextField authors = new TextField();
    final DatePicker published = new DatePicker();
    final TextField url = new TextField();
    final TextField language = new TextField();
    final TextArea body = new TextArea();
    final Button store = new Button();

    PasteForm() {
        addClassName("fb-paste-form");
        title.setLabel(getTranslation("intake.paste.article-title"));
        outlet.setLabel(getTranslation("intake.paste.outlet"));
        authors.setLabel(getTranslation("intake.paste.authors"));
        authors.setHelperText(getTranslation("intake.paste.authors.help"));
        published.setLabel(getTranslation("intake.paste.published"));
        url.setLabel(getTranslation("intake.paste.url"));
        language.setLabel(getTranslation("intake.paste.language"));
        language.setHelperText(getTranslation("intake.paste.language.help"));
        language.setMaxLength(3);
        body.setLabel(getTranslation("intake.paste.body"));
        body.setMinHeight("12em");
        store.setText(getTranslation("intake.paste.store"));
        store.addClickListener(event -> fireEvent(new PasteEvent(this, article())));
        add(title, outlet, authors, published, url, language, body, store);
        setColspan(body, 2);
    }

    private PastedArticle article() {
        List<String> names = Arrays.stream(authors.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new PastedArticle(title.getValue(), outlet.getValue(), names, published.getValue(), url.getValue(),
                language.getValue(), body.getValue());
    }

    /** The text stays until it was stored, so a refused or failed paste loses nothing. */
    void clearAfterSuccess(IntakeReport report) {
        if (report.failed() == 0 && report.read() > 0) {
            for (var field : List.of(title, outlet, authors, url, language)) field.clear();
            published.clear();
            body.clear();
        }
    }

    Registration addPasteListener(ComponentEventListener<PasteEvent> listener) {
        return addListener(PasteEvent.class, listener);
    }

    static final class PasteEvent extends ComponentEvent<PasteForm> {
        private final PastedArticle article;

        PasteEvent(PasteForm source, PastedArticle article) {
            super(source, false);
            this.article = article;
        }

        PastedArticle article() {
            return article;
        }
    }
}
