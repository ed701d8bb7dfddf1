/**
 * The append-only activity log: who changed what, when, with the value before and after as JSON text.
 * Written in the transaction of the change it describes, so a rolled-back change leaves no entry and a
 * committed change always has one.
 */
package org.factbench.core.audit;
