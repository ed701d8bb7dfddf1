package org.factbench.core.evidence;

class EvidenceH2Test extends EvidenceTest {
}
