/**
 * Text normalization shared by every input format: encoding detection, Unicode NFC and whitespace rules,
 * publication dates, language codes and language detection. Stored bodies and evidence offsets depend on
 * these rules staying deterministic.
 */
package org.factbench.indexer.normalize;
