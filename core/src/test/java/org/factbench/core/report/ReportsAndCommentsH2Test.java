package org.factbench.core.report;

class ReportsAndCommentsH2Test extends ReportsAndCommentsTest {
}
