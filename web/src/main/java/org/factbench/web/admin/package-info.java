/** Administration screens (ADMIN only): accounts and roles. */
package org.factbench.web.admin;
