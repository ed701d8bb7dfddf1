package org.factbench.web.collection;

import com.vaadin.flow.component.Component;
import org.factbench.core.collection.CollectionView;

/**
 * A Spring bean that fills the {@code fb-slot-dossier} of each row of the collections list (the report feature's
 * dossier downloads). {@link #create} is called in the UI thread for every row shown; several beans are shown in
 * their {@code @Order}.
 */
public interface CollectionRowContent {

    Component create(CollectionView collection);
}
