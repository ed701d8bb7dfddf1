/** The collections screen: groups of claims, created and described by editors. */
package org.factbench.web.collection;
