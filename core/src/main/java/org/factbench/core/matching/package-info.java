/**
 * Finding and merging duplicate claims: claims are indexed (through core's {@code ClaimIndex} port) after
 * every committed change; similar claims come back with a score; merging keeps all evidence, comments and history.
 */
package org.factbench.core.matching;
