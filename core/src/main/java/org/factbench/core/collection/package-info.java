/** Named sets of claims, e.g. everything said at one press conference, reported together as a dossier. */
package org.factbench.core.collection;
