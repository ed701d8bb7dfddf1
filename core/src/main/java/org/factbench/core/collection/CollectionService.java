package org.factbench.core.collection;

import java.time.Clock;
import java.util.List;
import org.factbench.core.audit.ActivityLog;
import org.factbench.core.audit.Change;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.shared.Versions;
import org.factbench.core.user.CurrentUser;
import org.factbench.core.user.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collections of claims. Which claims are in one: {@code ClaimService.search} with a collection filter. */
@Service
@Transactional
public class CollectionService {

    private final ClaimCollectionRepository collections;
    private final CurrentUser currentUser;
    private final CollectionMapper mapper;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CollectionService(ClaimCollectionRepository collections, CurrentUser currentUser, CollectionMapper mapper,
            ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.collections = collections;
        this.currentUser = currentUser;
        this.mapper = mapper;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Access.EDITOR)
    public CollectionView create(CollectionDetails details) {
        UserAccount actor = currentUser.require();
        String name = details.name();
        if (name != null && collections.existsByNameIgnoreCase(name.strip())) {
            throw new InvalidInputException("name", "A collection named \"" + name.strip() + "\" already exists.");
        }
        ClaimCollection collection = collections.saveAndFlush(new ClaimCollection(name, details.description(), actor, clock.instant()));
        CollectionView view = mapper.toView(collection);
        activity.record(actor, Change.of("COLLECTION_CREATED", "COLLECTION", collection.getId()).after(view));
        events.publishEvent(new CollectionChanged(collection.getId(), collection.getName(), true, clock.instant(), actor.getUsername()));
        return view;
    }

    @PreAuthorize(Access.EDITOR)
    public CollectionView describe(long collectionId, long expectedVersion, CollectionDetails details) {
        UserAccount actor = currentUser.require();
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
        activity.record(actor, Change.of("COLLECTION_UPDATED", "COLLECTION", collectionId).before(before).after(after));
        events.publishEvent(new CollectionChanged(collectionId, collection.getName(), false, clock.instant(), actor.getUsername()));
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
