package org.factbench.core.review;

import org.factbench.core.testsupport.PostgresTest;

@PostgresTest
class ClaimLifecyclePostgresTest extends ClaimLifecycleTest {
}
