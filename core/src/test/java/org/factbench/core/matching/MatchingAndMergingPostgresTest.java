package org.factbench.core.matching;

import org.factbench.core.testsupport.PostgresTest;

@PostgresTest
class MatchingAndMergingPostgresTest extends MatchingAndMergingTest {
}
