/** The claims board's saved filters: per user, by name, so a checker reopens "my open claims" in one click. */
package org.factbench.core.board;
