/** Live updates: committed claim events delivered to the open views, and who is looking at a claim. */
package org.factbench.web.live;
