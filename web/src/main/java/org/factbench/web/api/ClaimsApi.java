package org.factbench.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.ClaimDetails;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.claim.ClaimSummary;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.claim.VerdictView;
import org.factbench.core.comment.CommentService;
import org.factbench.core.comment.CommentView;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Claims and what hangs off them. Reads for everyone with a token; the writes a newsroom's CMS or a bot makes:
 * create a claim, add an appearance. A single claim carries its version as ETag; changing it needs If-Match.
 */
@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Claims")
class ClaimsApi {

    private final ClaimService claims;
    private final EvidenceService evidence;
    private final CommentService comments;

    ClaimsApi(ClaimService claims, EvidenceService evidence, CommentService comments) {
        this.claims = claims;
        this.evidence = evidence;
        this.comments = comments;
    }

    @GetMapping
    @Operation(summary = "Claims, newest change first, filtered like the claims board")
    ApiPage<ClaimSummary> list(@RequestParam(required = false) ClaimStatus status,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) Long collection,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = new PageRequest(page, size);
        return ApiPage.of(claims.search(new ClaimFilter(status, assignee, collection, tag, text), request.page(), request.size()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One claim with its verdict history; ETag is its version")
    ResponseEntity<ClaimView> get(@PathVariable long id, WebRequest request) {
        ClaimView claim = claims.get(id);
        if (request.checkNotModified(Versions.etag(claim.version()))) return null;
        return ResponseEntity.ok().eTag(Versions.etag(claim.version())).body(claim);
    }

    @PostMapping
    @Operation(summary = "Create a claim (statement, claimant, at least one appearance)")
    ResponseEntity<ClaimView> create(@RequestBody ClaimDetails details) {
        ClaimView created = claims.create(details);
        return ResponseEntity.created(URI.create("/api/v1/claims/" + created.id()))
                .eTag(Versions.etag(created.version())).body(created);
    }

    @PostMapping("/{id}/appearances")
    @Operation(summary = "Add a place where the claim appeared; needs If-Match with the claim's ETag")
    ResponseEntity<ClaimView> addAppearance(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Appearance appearance) {
        long expected = Versions.fromIfMatch(ifMatch);
        ClaimView current = claims.get(id);
        List<Appearance> appearances = new ArrayList<>(current.appearances());
        appearances.add(appearance);
        ClaimView updated = claims.update(id, expected, new ClaimDetails(current.statement(), current.claimant(),
                current.language(), current.tags(), appearances, current.collectionId()));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(updated.version())).body(updated);
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "The claim's evidence links with their W3C-style anchors and stance")
    ApiPage<EvidenceView> evidence(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest request = new PageRequest(page, size);
        return ApiPage.of(evidence.forClaim(id), request.page(), request.size());
    }

    @GetMapping("/{id}/verdicts")
    @Operation(summary = "The claim's verdict proposals, oldest first, with their review outcome")
    List<VerdictView> verdicts(@PathVariable long id) {
        return claims.get(id).verdicts();
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "The claim's comment thread, oldest first")
    ApiPage<CommentView> comments(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest request = new PageRequest(page, size);
        return ApiPage.of(comments.thread(id), request.page(), request.size());
    }
}
