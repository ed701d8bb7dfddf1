package org.factbench.web.base.ui;

import com.vaadin.flow.component.virtuallist.VirtualList;

/**
 * A virtual list needs a height of its own to know what to render. Lists that are usually short should not
 * stand as a tall empty box: their height follows an estimate of their rows, up to a cap, past which they scroll.
 */
public final class ListHeight {

    private ListHeight() {
    }

    /** {@code estimateRem}: what the rows likely need, in rem; {@code cap}: a CSS length such as {@code 70vh}. */
    public static void fit(VirtualList<?> list, double estimateRem, String cap) {
        list.setHeight("min(" + cap + ", " + Math.max(estimateRem, 2) + "rem)");
    }
}
