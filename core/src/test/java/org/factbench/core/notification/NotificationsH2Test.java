package org.factbench.core.notification;

class NotificationsH2Test extends NotificationsTest {
}
