/**
 * Evidence links: a claim tied to an exact span of one article version, with W3C Web Annotation selectors,
 * a stance and a note; and re-anchoring those links when the article gets a new version.
 */
package org.factbench.core.evidence;
