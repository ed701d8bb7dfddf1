/** How core is wired into an application: import {@link org.factbench.core.config.CoreConfiguration}. */
package org.factbench.core.config;
