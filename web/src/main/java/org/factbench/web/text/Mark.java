package org.factbench.web.text;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;

/** A {@code <mark>} element whose content is always a text node. */
@Tag("mark")
public final class Mark extends HtmlComponent implements HasText {

    public Mark(String text) {
        setText(text);
    }
}
