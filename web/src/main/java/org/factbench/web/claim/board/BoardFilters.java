package org.factbench.web.claim.board;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.collection.CollectionView;
import org.factbench.core.user.UserSummary;

/** The board's filters. Knows no services: fires {@link FiltersChanged} with the filter the fields describe. */
final class BoardFilters extends HorizontalLayout {

    final TextField text = new TextField(getTranslation("board.filter.text"));
    final ComboBox<ClaimStatus> status = new ComboBox<>(getTranslation("board.filter.status"));
    final ComboBox<UserSummary> assignee = new ComboBox<>(getTranslation("board.filter.assignee"));
    final Checkbox assignedToMe = new Checkbox(getTranslation("board.filter.mine"));
    final TextField tag = new TextField(getTranslation("board.filter.tag"));
    final ComboBox<CollectionView> collection = new ComboBox<>(getTranslation("board.filter.collection"));
    private final String me;
    private boolean applying;

    BoardFilters(String me, List<UserSummary> users, List<CollectionView> collections) {
        this.me = me;
        addClassName("fb-board-filters");
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        text.setPlaceholder(getTranslation("board.filter.text.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("board.status." + s.name()));
        assignee.setItems(users);
        assignee.setItemLabelGenerator(UserSummary::displayName);
        collection.setItems(collections);
        collection.setItemLabelGenerator(CollectionView::name);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        List.of(status, assignee, collection).forEach(box -> box.setClearButtonVisible(true));
        tag.setClearButtonVisible(true);
        assignedToMe.addValueChangeListener(event -> assignee.setEnabled(!event.getValue()));
        add(text, status, assignee, assignedToMe, tag, collection);
        text.addValueChangeListener(e -> changed());
        status.addValueChangeListener(e -> changed());
        assignee.addValueChangeListener(e -> changed());
        assignedToMe.addValueChangeListener(e -> changed());
        tag.addValueChangeListener(e -> changed());
        collection.addValueChangeListener(e -> changed());
    }

    ClaimFilter filter() {
        String who = assignedToMe.getValue() ? me : assignee.getValue() == null ? null : assignee.getValue().username();
        return new ClaimFilter(status.getValue(), who, collection.getValue() == null ? null : collection.getValue().id(),
                blankToNull(tag.getValue()), blankToNull(text.getValue()));
    }

    /** Shows a saved filter in the fields, firing one change instead of one per field. */
    void show(ClaimFilter filter) {
        applying = true;
        try {
            text.setValue(Objects.requireNonNullElse(filter.text(), ""));
            status.setValue(filter.status());
            assignedToMe.setValue(me.equals(filter.assignee()));
            assignee.setValue(me.equals(filter.assignee()) ? null : assignee.getListDataView().getItems()
                    .filter(u -> u.username().equals(filter.assignee())).findFirst().orElse(null));
            tag.setValue(Objects.requireNonNullElse(filter.tag(), ""));
            collection.setValue(collection.getListDataView().getItems()
                    .filter(c -> Objects.equals(c.id(), filter.collectionId())).findFirst().orElse(null));
        } finally {
            applying = false;
        }
        changed();
    }

    private void changed() {
        if (!applying) fireEvent(new FiltersChanged(this, filter()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Registration addFiltersChangedListener(ComponentEventListener<FiltersChanged> listener) {
        return addListener(FiltersChanged.class, listener);
    }

    static final class FiltersChanged extends ComponentEvent<BoardFilters> {

        private final ClaimFilter filter;

        FiltersChanged(BoardFilters source, ClaimFilter filter) {
            super(source, false);
            this.filter = filter;
        }

        ClaimFilter filter() {
            return filter;
        }
    }
}
