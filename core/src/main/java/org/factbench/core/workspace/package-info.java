/** Everything the claim workspace shows, loaded in one read transaction with a fixed number of queries. */
package org.factbench.core.workspace;
