/** What every screen shares: the layout and its menu, the app shell, message bundles, shared components. */
package org.factbench.web.base.ui;
