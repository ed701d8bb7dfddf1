package org.factbench.core.report;

import org.factbench.core.testsupport.PostgresTest;

@PostgresTest
class ReportSnapshotPostgresTest extends ReportSnapshotTest {
}
