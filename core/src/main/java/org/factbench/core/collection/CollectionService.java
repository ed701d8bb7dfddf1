package org.factbench.core.collection;

import java.util.List;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.shared.Versions;
import org.factbench.core.user.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collections of claims. Which claims are in one: {@code ClaimService.search} with a collection filter. */
@Service
@Transactional
public class CollectionService {

    private final ClaimCollectionRepository collections;
    private final CollectionMapper mapper;
    private final ChangeRecorder changes;

    CollectionService(ClaimCollectionRepository collections, CollectionMapper mapper, ChangeRecorder changes) {
        this.collections = collections;
        this.mapper = mapper;
        this.changes = changes;
    }

    @PreAuthorize(Access.EDITOR)
    public CollectionView create(CollectionDetails details) {
        UserAccount actor = changes.actor();
        String name = details.name();
        if (name != null && collections.existsByNameIgnoreCase(name.strip())) {
            throw new InvalidInputException("name", "A collection named \"" + name.strip() + "\" already exists.");
        }
        ClaimCollection collection = collections.saveAndFlush(new ClaimCollection(name, details.description(), actor, changes.now()));
        CollectionView view = mapper.toView(collection);
        changes.record(actor, Change.of("COLLECTION_CREATED", "COLLECTION", collection.getId()).after(view));
        changes.publish(new CollectionChanged(collection.getId(), collection.getName(), true, changes.now(), actor.getUsername()));
        return view;
    }

    @PreAuthorize(Access.EDITOR)
    public CollectionView describe(long collectionId, long expectedVersion, CollectionDetails details) {
        UserAccount actor = changes.actor();
        String name = details.name();
        ClaimCollection collection = collections.require(collectionId);
        Versions.expect("Collection", collectionId, collection.getVersion(), expectedVersion, details);
        if (name != null && collections.existsByNameIgnoreCaseAndIdNot(name.strip(), collectionId)) {
            throw new InvalidInputException("name", "A collection named \"" + name.strip() + "\" already exists.");
        }
        CollectionView before = mapper.toView(collection);
        collection.describe(name, details.description());
        Versions.flush(collections::flush, () -> new StaleEditException("Collection", collectionId, expectedVersion, details));
        CollectionView after = mapper.toView(collection);
        changes.record(actor, Change.of("COLLECTION_UPDATED", "COLLECTION", collectionId).before(before).after(after));
        changes.publish(new CollectionChanged(collectionId, collection.getName(), false, changes.now(), actor.getUsername()));
        return after;
    }

    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public List<CollectionView> all() {
        return mapper.toViews(collections.findAllByOrderByNameAsc());
    }

    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public CollectionView get(long collectionId) {
        return mapper.toView(collections.require(collectionId));
    }
}
