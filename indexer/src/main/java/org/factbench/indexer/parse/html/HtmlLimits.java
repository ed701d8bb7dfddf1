package org.factbench.indexer.parse.html;

import java.time.Duration;

/**
 * Bounds on the work for one HTML page. Readability's work grows with the page's nesting (every element looks at its
 * whole subtree): 8,000 nested {@code <div>}s took 7.7 s here, and one hostile page of 100,000 stalled a load for
 * half an hour. The 130 real pages of the extraction test are at most 39 elements deep with at most 24,279 nodes, so
 * the defaults leave real pages a wide margin; the time limit catches what the two counts miss (the slowest of those
 * pages took 684 ms to extract with a cold JVM, 255 ms warm, so 5 s is seven times the worst cold case).
 *
 * @param maxDepth  deepest element nesting read (jsoup itself flattens beyond 512)
 * @param maxNodes  most nodes (elements, text, comments) in one page
 * @param timeLimit longest the extraction of one page may take
 */
public record HtmlLimits(Integer maxDepth, Integer maxNodes, Duration timeLimit) {

    public static final HtmlLimits DEFAULT = new HtmlLimits(null, null, null);

    public HtmlLimits {
        maxDepth = maxDepth == null || maxDepth <= 0 ? 256 : maxDepth;
        maxNodes = maxNodes == null || maxNodes <= 0 ? 250_000 : maxNodes;
        timeLimit = timeLimit == null || timeLimit.isZero() || timeLimit.isNegative() ? Duration.ofSeconds(5) : timeLimit;
    }
}
