package org.factbench.web.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Plain stylesheets only (no frontend bundle, so no Node.js is needed); {@code @Push}
 * lets the server update open pages, e.g. the Elasticsearch banner.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("factbench.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        // Without an icon of its own every page asks for /favicon.ico and logs a 404 in the browser console.
        settings.addFavIcon("icon", "icons/factbench.svg", "any");
    }
}
