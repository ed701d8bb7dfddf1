/** The discussion thread of each claim, with @mentions resolved to users (for notifications). */
package org.factbench.core.comment;
