package org.factbench.core.report;

class ReportSnapshotH2Test extends ReportSnapshotTest {
}
