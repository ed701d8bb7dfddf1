/** Managing user accounts: administrators only, every change in the activity log. */
package org.factbench.core.admin;
