/** The editors' review queue: claims waiting for a second person, oldest first. */
package org.factbench.web.review;
