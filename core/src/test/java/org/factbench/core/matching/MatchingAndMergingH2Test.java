package org.factbench.core.matching;

class MatchingAndMergingH2Test extends MatchingAndMergingTest {
}
