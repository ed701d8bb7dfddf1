package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Where the claim workspace opens: {@code claim/<claimId>}. Other screens navigate with this, never with a string. */
public record ClaimLink(long claimId) {

    public RouterLink routerLink(String text) {
        return new RouterLink(text, ClaimWorkspaceView.class, routeParameters());
    }

    public void navigate(UI ui) {
        ui.navigate(ClaimWorkspaceView.class, routeParameters());
    }

    /** The path relative to the app's base, e.g. for a plain anchor or a notification link. */
    public String href() {
        return "claim/" + claimId;
    }

    RouteParameters routeParameters() {
        return new RouteParameters(ClaimWorkspaceView.CLAIM_ID, Long.toString(claimId));
    }
}
