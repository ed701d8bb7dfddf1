/** Editors add articles to the corpus from the browser: upload files or paste a text. */
package org.factbench.web.intake;
