package org.factbench.web.security;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Work handed to another thread that must run as the user who asked for it (core checks a role on every call). */
public final class AsCaller {

    private AsCaller() {
    }

    /**
     * {@code work} under a copy of the calling thread's authentication: the request's own context may be cleared or
     * replaced once the request ends, while the work is still running.
     */
    public static Runnable wrap(Runnable work) {
        SecurityContext caller = SecurityContextHolder.createEmptyContext();
        caller.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return new DelegatingSecurityContextRunnable(work, caller);
    }
}
