package org.factbench.core.report;

/** Why a published verdict is published again: required for every version after the first. */
public record Correction(String whatChanged, String why) {
}
