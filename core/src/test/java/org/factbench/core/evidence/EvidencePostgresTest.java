package org.factbench.core.evidence;

import org.factbench.core.testsupport.PostgresTest;

@PostgresTest
class EvidencePostgresTest extends EvidenceTest {
}
