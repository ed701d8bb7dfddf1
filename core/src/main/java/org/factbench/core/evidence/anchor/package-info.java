/**
 * Robust text anchors for evidence (W3C Web Annotation selectors) and re-anchoring into new article
 * versions. Pure Java: no Spring, no persistence, so it can be tested and benchmarked in isolation.
 */
package org.factbench.core.evidence.anchor;
