package org.factbench.core.evidence.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds evidence anchors again after an article changed. The cascade:
 * <ol>
 *   <li>the recorded position still holds the quote and at least one side of the recorded context:
 *       {@link AnchorState#EXACT_POSITION};</li>
 *   <li>every exact occurrence of the quote (compared on whitespace-normalized text, so re-flowed text still
 *       counts as exact) is scored by how well its surroundings agree with the recorded prefix and suffix;</li>
 *   <li>unless one occurrence is conclusive, approximate matches (bit-parallel edit distance in windows around
 *       k-gram hits of the quote and its context, and around the recorded position) join them;</li>
 *   <li>the best candidate wins if its score reaches the minimum and no other place scores within the tie margin
 *       of it: {@link AnchorState#EXACT_QUOTE} for an exact quote, {@link AnchorState#FUZZY} for an approximate
 *       one. Otherwise {@link AnchorState#ORPHANED} with the best score seen.</li>
 * </ol>
 *
 * <p>Score of a candidate = quote similarity * (1/2 + 1/2 * context agreement), see {@link Scoring}. So a passage
 * needs both: its words (an edited sentence at its old place keeps its context and passes) and its surroundings (a
 * similar or even identical sentence elsewhere, with other text around it, stays below the minimum). Two places that
 * score the same are never guessed between; the recorded position decides if it is one of them, else the link is
 * orphaned. Results of exact states report score 1; FUZZY and ORPHANED report the combined score.
 *
 * <p>Thread-safe. The last prepared body is kept, so re-anchoring many links into one new version (in any order,
 * from any thread) normalizes and indexes that body once; {@link #reanchorAll} makes that explicit.
 */
public final class Reanchorer implements Reanchoring {

    /** Chosen from the accuracy report in docs/ANCHORING.md. */
    public static final double DEFAULT_MIN_SCORE = 0.75;

    private static final double TIE_MARGIN = 0.01;

    private final Scoring scoring;
    private final AtomicReference<PreparedBody> lastBody = new AtomicReference<>();
    private final AtomicReference<PreparedBody> lastOldBody = new AtomicReference<>();

    public Reanchorer() {
        this(DEFAULT_MIN_SCORE);
    }

    /** @param minScore the score a moved or edited quote needs to stay linked, in (0, 1] */
    public Reanchorer(double minScore) {
        if (!(minScore > 0.0 && minScore <= 1.0)) {
            throw new IllegalArgumentException("the minimum re-anchoring score must be in (0, 1], was " + minScore);
        }
        this.scoring = new Scoring(minScore, TIE_MARGIN);
    }

    public double minScore() {
        return scoring.minScore();
    }

    @Override
    public AnchorResult reanchor(TextAnchor anchor, String newBody) {
        Objects.requireNonNull(anchor, "anchor to re-anchor is required");
        Objects.requireNonNull(newBody, "new article body is required (use \"\" for an emptied article)");
        if (holdsAtRecordedPosition(anchor, newBody)) {
            TextPositionSelector position = anchor.position();
            return new AnchorResult(AnchorState.EXACT_POSITION, TextAnchor.of(newBody, position.start(), position.end()), 1.0);
        }
        return new AnchorSearch(anchor, prepared(lastBody, newBody), scoring, null).run();
    }

    /**
     * Re-anchors with the body the anchor was made on as well. The old body settles what the selectors cannot: a
     * sentence that was deleted while an identical or near-identical one elsewhere remains is orphaned (that one was
     * already there, it is another passage), and a quote that moved verbatim to new surroundings is followed (the
     * old body has no other passage it could be). Evidence points into an article version and old versions stay
     * readable, so a re-anchoring pass normally has the old body at hand.
     *
     * @throws IllegalArgumentException if {@code oldBody} does not hold the quote at the recorded position
     */
    @Override
    public AnchorResult reanchor(TextAnchor anchor, String oldBody, String newBody) {
        Objects.requireNonNull(anchor, "anchor to re-anchor is required");
        Objects.requireNonNull(oldBody, "old article body is required");
        Objects.requireNonNull(newBody, "new article body is required (use \"\" for an emptied article)");
        TextPositionSelector position = anchor.position();
        String exact = anchor.quote().exact();
        if (position.end() > oldBody.length() || !oldBody.startsWith(exact, position.start())) {
            throw new IllegalArgumentException("the old body does not hold the anchored quote at [" + position.start() + ", "
                    + position.end() + "): pass the body of the article version the anchor was made on");
        }
        if (holdsAtRecordedPosition(anchor, newBody)) {
            return new AnchorResult(AnchorState.EXACT_POSITION, TextAnchor.of(newBody, position.start(), position.end()), 1.0);
        }
        PreparedBody previous = prepared(lastOldBody, oldBody);
        PreparedBody current = prepared(lastBody, newBody);
        NormalizedText normalizedOld = previous.normalized();
        int start = normalizedOld.normalizedIndexOf(position.start());
        int end = Math.max(start + 1, normalizedOld.normalizedIndexOf(position.end()));
        return new AnchorSearch(anchor, current, scoring, new Provenance(previous, current, start, end)).run();
    }

    /** Re-anchors every link of one article version into its next version; results in the order of {@code anchors}. */
    public List<AnchorResult> reanchorAll(List<TextAnchor> anchors, String oldBody, String newBody) {
        Objects.requireNonNull(anchors, "anchors to re-anchor are required");
        List<AnchorResult> results = new ArrayList<>(anchors.size());
        for (TextAnchor anchor : anchors) {
            results.add(reanchor(anchor, oldBody, newBody));
        }
        return results;
    }

    /** Re-anchors every link of one article into its new body; results in the order of {@code anchors}. */
    public List<AnchorResult> reanchorAll(List<TextAnchor> anchors, String newBody) {
        Objects.requireNonNull(anchors, "anchors to re-anchor are required");
        List<AnchorResult> results = new ArrayList<>(anchors.size());
        for (TextAnchor anchor : anchors) {
            results.add(reanchor(anchor, newBody));
        }
        return results;
    }

    /**
     * The quick path for the common case (the edit was elsewhere): the quote is still at its offsets and the text
     * just before or just after it is unchanged too, so it is the same passage, not a coincidence of offsets.
     */
    private static boolean holdsAtRecordedPosition(TextAnchor anchor, String body) {
        TextQuoteSelector quote = anchor.quote();
        TextPositionSelector position = anchor.position();
        int start = position.start();
        int end = position.end();
        if (end > body.length() || end - start != quote.exact().length() || !body.startsWith(quote.exact(), start)) {
            return false;
        }
        String prefix = quote.prefix();
        String suffix = quote.suffix();
        boolean prefixHolds = start >= prefix.length() && body.startsWith(prefix, start - prefix.length())
                && (prefix.length() == TextQuoteSelector.CONTEXT_LENGTH || start == prefix.length());
        boolean suffixHolds = body.startsWith(suffix, end)
                && (suffix.length() == TextQuoteSelector.CONTEXT_LENGTH || end + suffix.length() == body.length());
        return prefixHolds || suffixHolds;
    }

    private static PreparedBody prepared(AtomicReference<PreparedBody> cache, String body) {
        PreparedBody last = cache.get();
        if (last != null && last.isFor(body)) {
            return last;
        }
        PreparedBody fresh = new PreparedBody(body);
        cache.set(fresh);
        return fresh;
    }
}
