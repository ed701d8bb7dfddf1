package org.factbench.core.evidence;

import org.factbench.core.evidence.anchor.Reanchorer;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Re-anchoring settings ({@code factbench.anchoring.*}).
 *
 * @param minScore  score an approximate match needs to keep a link; below it the link is orphaned
 * @param chunkSize links re-anchored per transaction, so a pass over many links never holds one huge transaction
 */
@ConfigurationProperties("factbench.anchoring")
public record AnchoringProperties(Double minScore, Integer chunkSize) {

    public AnchoringProperties {
        minScore = minScore == null ? Reanchorer.DEFAULT_MIN_SCORE : minScore;
        chunkSize = chunkSize == null ? 500 : chunkSize;
        if (chunkSize < 1) throw new IllegalArgumentException("factbench.anchoring.chunk-size must be at least 1");
    }
}
