package org.factbench.core.collection;

/** A collection's name and description, as the form submits them. */
public record CollectionDetails(String name, String description) {
}
