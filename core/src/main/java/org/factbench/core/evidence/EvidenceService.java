package org.factbench.core.evidence;

import java.util.List;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.audit.VersionedChange;
import org.factbench.core.claim.ClaimRepository;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.anchor.TextAnchor;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Linking passages to claims. A link is checked against the article text in the corpus before it is stored. */
@Service
@Transactional
public class EvidenceService {

    private final EvidenceLinkRepository links;
    private final ClaimRepository claims;
    private final SourceCorpus corpus;
    private final EvidenceMapper mapper;
    private final ChangeRecorder changes;

    EvidenceService(EvidenceLinkRepository links, ClaimRepository claims, SourceCorpus corpus, EvidenceMapper mapper,
            ChangeRecorder changes) {
        this.links = links;
        this.claims = claims;
        this.corpus = corpus;
        this.mapper = mapper;
        this.changes = changes;
    }

    @PreAuthorize(Access.CHECKER)
    public EvidenceView link(long claimId, EvidenceSelection selection) {
        UserAccount actor = changes.actor();
        claims.require(claimId).ensureOpenFor("linking evidence");
        ArticleText article = corpus.version(selection.articleId(), selection.articleVersion())
                .orElseThrow(() -> new InvalidInputException("articleVersion", "Article " + selection.articleId()
                        + " has no version " + selection.articleVersion() + " in the corpus."));
        TextAnchor anchor = validatedAnchor(article.body(), selection);
        EvidenceLink link = links.save(new EvidenceLink(claimId, article, anchor, selection.stance(), selection.note(), actor,
                changes.now()));
        links.flush();
        EvidenceView view = mapper.toView(link);
        changes.record(actor, Change.of("EVIDENCE_LINKED", "EVIDENCE", link.getId()).claim(claimId).after(view));
        changes.publish(new EvidenceLinked(claimId, link.getId(), article.id(), article.version(), link.getStance(),
                changes.now(), actor.getUsername()));
        return view;
    }

    @PreAuthorize(Access.CHECKER)
    public EvidenceView revise(long linkId, long expectedVersion, EvidenceRevision revision) {
        UserAccount actor = changes.actor();
        EvidenceLink link = links.require(linkId);
        VersionedChange<EvidenceLink, EvidenceView> change = versioned(link).expect(expectedVersion, revision);
        claims.require(link.getClaimId()).ensureOpenFor("changing evidence");
        return change.apply(actor, Change.of("EVIDENCE_REVISED", "EVIDENCE", linkId).claim(link.getClaimId()),
                l -> l.revise(revision.stance(), revision.note(), changes.now()),
                (before, after) -> new EvidenceRevised(link.getClaimId(), linkId, revision.stance(), changes.now(),
                        actor.getUsername()));
    }

    /** Removes a link; the activity log keeps what it was. */
    @PreAuthorize(Access.CHECKER)
    public void unlink(long linkId, long expectedVersion) {
        UserAccount actor = changes.actor();
        EvidenceLink link = links.require(linkId);
        VersionedChange<EvidenceLink, EvidenceView> change = versioned(link).expect(expectedVersion, null);
        claims.require(link.getClaimId()).ensureOpenFor("removing evidence");
        change.remove(actor, Change.of("EVIDENCE_UNLINKED", "EVIDENCE", linkId).claim(link.getClaimId()), links::delete,
                before -> new EvidenceUnlinked(link.getClaimId(), linkId, changes.now(), actor.getUsername()));
    }

    /** In the order they were linked; the UI groups them by stance. */
    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public List<EvidenceView> forClaim(long claimId) {
        claims.require(claimId);
        return mapper.toViews(links.findByClaimWithAuthors(claimId));
    }

    private VersionedChange<EvidenceLink, EvidenceView> versioned(EvidenceLink link) {
        return changes.versioned("Evidence link", link.getId(), link, link.getVersion(), mapper::toView, links::flush);
    }

    /** The selection must be a real span of the article and show exactly the text there. */
    private static TextAnchor validatedAnchor(String body, EvidenceSelection s) {
        if (s.start() < 0 || s.end() > body.length() || s.end() <= s.start()) {
            throw new InvalidInputException("span", "The selection [" + s.start() + ", " + s.end()
                    + ") is not inside the article (" + body.length() + " characters). Select the passage again.");
        }
        if (s.quote() == null || s.quote().isBlank()) throw new InvalidInputException("quote", "Select some text to link.");
        if (!body.substring(s.start(), s.end()).equals(s.quote())) {
            throw new InvalidInputException("quote", "The selected text does not match the article at that position "
                    + "(the article may have changed). Reload the article and select the passage again.");
        }
        return TextAnchor.of(body, s.start(), s.end());
    }
}
