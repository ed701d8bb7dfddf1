package org.factbench.core.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.WebAddress;

/** Where and when a claim was made: an absolute http(s) URL, the day, and the outlet if known (null otherwise). */
@Embeddable
public record Appearance(
        @Column(name = "url", nullable = false, length = 2000) String url,
        @Column(name = "appeared_on", nullable = false) LocalDate appearedOn,
        @Column(name = "outlet", length = 200) String outlet) {

    public Appearance(String url, LocalDate appearedOn) {
        this(url, appearedOn, null);
    }

    public Appearance {
        if (url == null || url.isBlank()) throw new InvalidInputException("appearances", "Each appearance needs a URL.");
        url = url.strip();
        if (url.length() > 2000 || !WebAddress.isHttp(url)) {
            throw new InvalidInputException("appearances", "\"" + abbreviate(url) + "\" is not a web address (http:// or https://).");
        }
        if (appearedOn == null) throw new InvalidInputException("appearances", "Each appearance needs the date it was made.");
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        if (outlet != null && outlet.length() > 200) {
            throw new InvalidInputException("appearances", "An outlet name can have at most 200 characters.");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
