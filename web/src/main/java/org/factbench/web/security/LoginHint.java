package org.factbench.web.security;

import com.vaadin.flow.component.Component;

/**
 * Something a profile shows under the login form, such as the demo profile's accounts. The login page knows no
 * profile: whoever has a hint provides this bean (and security depends on no feature that depends on it).
 */
public interface LoginHint {

    /** A fresh component for one login page; untrusted text inside it as text only. */
    Component create();
}
