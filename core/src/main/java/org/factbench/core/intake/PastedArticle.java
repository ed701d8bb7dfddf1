package org.factbench.core.intake;

import java.time.LocalDate;
import java.util.List;
import org.factbench.core.shared.InvalidInputException;

/** An article an editor pasted: its text and what they know about it. */
public record PastedArticle(String title, String outlet, List<String> authors, LocalDate published, String url,
        String language, String body) {

    static final int MAX_BODY = 2_000_000;

    public PastedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    PastedArticle validated() {
        if (body == null || body.isBlank()) throw new InvalidInputException("body", "Paste the article's text.");
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("body", "At most " + MAX_BODY + " characters; upload a file for longer texts.");
        }
        if (title == null || title.isBlank()) throw new InvalidInputException("title", "Give the article's title.");
        if (outlet == null || outlet.isBlank()) throw new InvalidInputException("outlet", "Say which outlet published it.");
        if (url != null && !url.isBlank() && !url.strip().matches("(?i)https?://\\S+")) {
            throw new InvalidInputException("url", "Use a web address starting with http:// or https://.");
        }
        return this;
    }
}
