/**
 * In-app notifications: a message to one user ("Chris mentioned you on claim #12", "your dossier is ready"),
 * kept until read so it is there after the next login. Any feature notifies through {@link Notifier};
 * users read only their own through {@link NotificationService}.
 */
package org.factbench.core.notification;
