/** The claims board (the landing page): every claim, filtered, sorted, saved filters, CSV export, new claims. */
package org.factbench.web.claim.board;
