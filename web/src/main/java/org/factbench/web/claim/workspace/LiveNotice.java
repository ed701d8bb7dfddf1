package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.html.Div;

/** A short, polite announcement of what someone else just did on this claim ("Ed Editor linked a passage"). */
final class LiveNotice extends Div {

    LiveNotice() {
        addClassName("fb-live-notice");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    void say(String text) {
        setText(text);
        setVisible(true);
    }
}
