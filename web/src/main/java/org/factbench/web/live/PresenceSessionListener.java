package org.factbench.web.live;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/**
 * A session that ends (logout, timeout) takes its tabs off every claim, even those whose detach never came
 * (a browser killed without a beacon). Spring Boot registers this bean with the servlet container.
 */
@Component
class PresenceSessionListener implements HttpSessionListener {

    private final Presence presence;

    PresenceSessionListener(Presence presence) {
        this.presence = presence;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        presence.leaveSession(event.getSession().getId());
    }
}
