package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.Component;

/**
 * A Spring bean that fills one {@link WorkspaceSlot} of every claim workspace that opens. {@link #create} is
 * called once per opened workspace, in the UI thread, with the claim's id; the component then lives as long as
 * that workspace (use {@code onAttach}/{@code onDetach} for subscriptions). Several beans for one slot are
 * shown in their {@code @Order}.
 */
public interface WorkspaceSlotContent {

    WorkspaceSlot slot();

    Component create(long claimId);
}
