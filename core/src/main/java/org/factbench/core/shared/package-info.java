/**
 * What every feature of core shares: the typed errors the UI turns into messages, the access rules used in
 * {@code @PreAuthorize}, the event contracts, JSON for stored snapshots and the one MapStruct configuration.
 */
package org.factbench.core.shared;
