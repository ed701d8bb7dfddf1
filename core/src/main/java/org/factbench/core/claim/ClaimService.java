package org.factbench.core.claim;

import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.audit.VersionedChange;
import org.factbench.core.collection.ClaimCollectionRepository;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.PageResult;
import org.factbench.core.user.UserAccount;
import org.factbench.core.user.UserAccountRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing, assigning and finding claims. Workflow steps are in {@code ReviewService}. */
@Service
@Transactional
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimCollectionRepository collections;
    private final UserAccountRepository accounts;
    private final ClaimMapper mapper;
    private final ChangeRecorder changes;

    ClaimService(ClaimRepository claims, ClaimCollectionRepository collections, UserAccountRepository accounts,
            ClaimMapper mapper, ChangeRecorder changes) {
        this.claims = claims;
        this.collections = collections;
        this.accounts = accounts;
        this.mapper = mapper;
        this.changes = changes;
    }

    @PreAuthorize(Access.CHECKER)
    public ClaimView create(ClaimDetails details) {
        UserAccount actor = changes.actor();
        requireCollection(details.collectionId());
        Claim claim = claims.saveAndFlush(new Claim(details, actor, changes.now()));
        ClaimView created = mapper.toView(claim);
        changes.record(actor, Change.of("CLAIM_CREATED", "CLAIM", claim.getId()).claim(claim.getId()).after(created));
        changes.publish(new ClaimCreated(claim.getId(), claim.getStatement(), changes.now(), actor.getUsername()));
        return created;
    }

    @PreAuthorize(Access.CHECKER)
    public ClaimView update(long claimId, long expectedVersion, ClaimDetails details) {
        UserAccount actor = changes.actor();
        Claim claim = claims.require(claimId);
        VersionedChange<Claim, ClaimView> change = versioned(claim).expect(expectedVersion, details);
        requireCollection(details.collectionId());
        return change.apply(actor, Change.of("CLAIM_UPDATED", "CLAIM", claimId).claim(claimId),
                c -> c.edit(details, changes.now()),
                (before, after) -> new ClaimUpdated(claimId, claim.getVersion(), changes.now(), actor.getUsername()));
    }

    /** Gives the claim to {@code assigneeUsername}, or to nobody when it is null. */
    @PreAuthorize(Access.CHECKER)
    public ClaimView assign(long claimId, long expectedVersion, String assigneeUsername) {
        UserAccount actor = changes.actor();
        Claim claim = claims.require(claimId);
        VersionedChange<Claim, ClaimView> change = versioned(claim).expect(expectedVersion, assigneeUsername);
        UserAccount assignee = assigneeUsername == null ? null : accounts.findByUsername(assigneeUsername)
                .orElseThrow(() -> new InvalidInputException("assignee", "There is no user named " + assigneeUsername + "."));
        return change.apply(actor, Change.of("CLAIM_ASSIGNED", "CLAIM", claimId).claim(claimId),
                c -> c.assign(assignee, changes.now()),
                (before, after) -> new ClaimAssigned(claimId, assigneeUsername, changes.now(), actor.getUsername()));
    }

    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public ClaimView get(long claimId) {
        return mapper.toView(claims.require(claimId));
    }

    /** Newest changes first. */
    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public PageResult<ClaimSummary> search(ClaimFilter filter, int page, int size) {
        return search(filter, ClaimSort.newestChange(), page, size);
    }

    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public PageResult<ClaimSummary> search(ClaimFilter filter, ClaimSort sort, int page, int size) {
        Sort.Direction direction = sort.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        PageRequest request = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 200),
                Sort.by(new Sort.Order(direction, sort.by().property), new Sort.Order(direction, "id")));
        Page<Claim> found = claims.findAll(ClaimSpecifications.matching(filter), request);
        return new PageResult<>(found.map(mapper::toSummary).getContent(), found.getTotalElements(), request.getPageNumber(),
                request.getPageSize());
    }

    private VersionedChange<Claim, ClaimView> versioned(Claim claim) {
        return changes.versioned("Claim", claim.getId(), claim, claim.getVersion(), mapper::toView, claims::flush);
    }

    private void requireCollection(Long collectionId) {
        if (collectionId != null && !collections.existsById(collectionId)) {
            throw new InvalidInputException("collectionId", "Collection " + collectionId + " does not exist.");
        }
    }
}
