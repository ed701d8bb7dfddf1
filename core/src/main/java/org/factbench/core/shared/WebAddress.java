package org.factbench.core.shared;

import java.net.URI;

/** Addresses from outside (an appearance, an article's URL): only absolute http(s) ones may become links. */
public final class WebAddress {

    private WebAddress() {
    }

    /** An absolute http:// or https:// address with a host; false for javascript:, data:, relative or malformed ones. */
    public static boolean isHttp(String url) {
        if (url == null) return false;
        try {
            URI uri = new URI(url.strip());
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }
}
