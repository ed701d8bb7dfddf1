package org.factbench.core.report;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.user.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public links to published reports: an editor creates one (an unguessable token of 32 random bytes, 256 bits),
 * anyone with it reads the claim's newest published version, and an editor revokes it (then it opens nothing).
 *
 * <p>The token is stored as it is, not hashed (API tokens are hashed). A hash protects a secret from whoever
 * reads the database; this one only guards a report whose whole snapshot sits in the same database, so a
 * reader of the database learns nothing the hash would have kept from them. Storing it lets an editor copy the
 * link again later for a CMS or a reply to a reader, which is the point of the link. It is compared only by an
 * indexed equality lookup, never shown in lists to checkers, and the activity log records only its first
 * characters.
 */
@Service
@Transactional
public class PublicReportLinks {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int MAX_ACTIVE_PER_CLAIM = 5;

    private final PublicReportLinkRepository links;
    private final ReportVersionRepository versions;
    private final SnapshotReader snapshots;
    private final ChangeRecorder changes;
    private final SecureRandom random = new SecureRandom();

    PublicReportLinks(PublicReportLinkRepository links, ReportVersionRepository versions, SnapshotReader snapshots,
            ChangeRecorder changes) {
        this.links = links;
        this.versions = versions;
        this.snapshots = snapshots;
        this.changes = changes;
    }

    @PreAuthorize(Access.EDITOR)
    public PublicReportLinkView create(long claimId) {
        UserAccount actor = changes.actor();
        if (versions.findFirstByClaimIdOrderByVersionNoDesc(claimId).isEmpty()) {
            throw new InvalidInputException("claim", "Only a published report can have a public link: publish the claim first.");
        }
        long active = links.findByClaim(claimId).stream().filter(PublicReportLink::isActive).count();
        if (active >= MAX_ACTIVE_PER_CLAIM) {
            throw new InvalidInputException("claim", "This report has " + active + " public links; revoke one first.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PublicReportLinkView view = links.save(new PublicReportLink(claimId, token, actor, changes.now())).toView();
        changes.record(actor, Change.of("PUBLIC_LINK_CREATED", "PUBLIC_LINK", view.id()).claim(claimId)
                .after(logged(view)));
        return view;
    }

    @PreAuthorize(Access.EDITOR)
    public PublicReportLinkView revoke(long linkId) {
        UserAccount actor = changes.actor();
        PublicReportLink link = links.findById(linkId).orElseThrow(() -> new NotFoundException("Public link", linkId));
        PublicReportLinkView before = link.toView();
        link.revoke(actor, changes.now());
        PublicReportLinkView after = link.toView();
        changes.record(actor, Change.of("PUBLIC_LINK_REVOKED", "PUBLIC_LINK", linkId).claim(link.getClaimId())
                .before(logged(before)).after(logged(after)));
        return after;
    }

    /** Every link of the claim's report, newest first, revoked ones included. */
    @PreAuthorize(Access.EDITOR)
    @Transactional(readOnly = true)
    public List<PublicReportLinkView> forClaim(long claimId) {
        return links.findByClaim(claimId).stream().map(PublicReportLink::toView).toList();
    }

    /**
     * The newest published report behind an active token. Open to anyone, logged in or not: holding the token is
     * the permission. Unknown, malformed and revoked tokens all answer empty, so a caller cannot tell them apart.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedReport> open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) return Optional.empty();
        return links.findByToken(token).filter(PublicReportLink::isActive)
                .flatMap(link -> versions.findFirstByClaimIdOrderByVersionNoDesc(link.getClaimId()))
                .map(snapshots::read);
    }

    /** What the activity log keeps: who and when, and only the token's first characters. */
    private static PublicReportLinkView logged(PublicReportLinkView view) {
        return new PublicReportLinkView(view.id(), view.claimId(), view.token().substring(0, 6) + "…", view.createdBy(),
                view.createdAt(), view.revokedBy(), view.revokedAt());
    }
}
