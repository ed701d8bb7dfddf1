package org.factbench.core.review;

class ClaimLifecycleH2Test extends ClaimLifecycleTest {
}
