package org.factbench.core.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factbench.core.shared.InvalidInputException;

/**
 * The editable content of a claim, as a form submits it. Checked by {@link Claim} (not here) so a command
 * with bad input still reaches the service and comes back as a clear {@link InvalidInputException}.
 *
 * @param language   ISO 639 code such as {@code en}, or null when unknown
 * @param collectionId the collection (e.g. one press conference) the claim belongs to, or null
 */
public record ClaimDetails(String statement, String claimant, String language, List<String> tags,
        List<Appearance> appearances, Long collectionId) {

    static final int MAX_STATEMENT = 2000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public ClaimDetails {
        tags = tags == null ? List.of() : List.copyOf(tags);
        appearances = appearances == null ? List.of() : List.copyOf(appearances);
    }

    ClaimDetails validated() {
        String cleanStatement = required("statement", statement, MAX_STATEMENT, "Write down the claim.");
        String cleanClaimant = required("claimant", claimant, 300, "Say who made the claim.");
        String cleanLanguage = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (cleanLanguage != null && !LANGUAGE.matcher(cleanLanguage).matches()) {
            throw new InvalidInputException("language", "Use a two- or three-letter language code such as en or ru.");
        }
        if (appearances.isEmpty()) {
            throw new InvalidInputException("appearances", "Add at least one place where the claim appeared (URL and date).");
        }
        return new ClaimDetails(cleanStatement, cleanClaimant, cleanLanguage, cleanTags(), appearances, collectionId);
    }

    private List<String> cleanTags() {
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) continue;
            String t = tag.strip();
            if (t.length() > 64) throw new InvalidInputException("tags", "A tag can have at most 64 characters: " + t.substring(0, 64) + "...");
            clean.add(t);
        }
        return new ArrayList<>(clean);
    }

    private static String required(String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) throw new InvalidInputException(field, missing);
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "At most " + max + " characters, this has " + v.length() + ".");
        }
        return v;
    }
}
