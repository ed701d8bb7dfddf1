package org.factbench.core.notification;

import org.factbench.core.testsupport.PostgresTest;

@PostgresTest
class NotificationsPostgresTest extends NotificationsTest {
}
