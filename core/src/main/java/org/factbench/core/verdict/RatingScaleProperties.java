package org.factbench.core.verdict;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rating scale, best to worst as listed ({@code factbench.verdict.ratings[i].code/label/colour}). Without
 * configuration: True, Mostly true, Half true, Misleading, Mostly false, False, Unproven. Codes are stored
 * with verdicts, so renaming a label is safe; removing a code in use is not.
 */
@ConfigurationProperties("factbench.verdict")
public record RatingScaleProperties(List<Rating> ratings) {

    static final List<Rating> DEFAULT = List.of(
            new Rating("TRUE", "True", "#1a7f37"),
            new Rating("MOSTLY_TRUE", "Mostly true", "#4d9a2a"),
            new Rating("HALF_TRUE", "Half true", "#b59a00"),
            new Rating("MISLEADING", "Misleading", "#d97706"),
            new Rating("MOSTLY_FALSE", "Mostly false", "#d4552a"),
            new Rating("FALSE", "False", "#b42318"),
            new Rating("UNPROVEN", "Unproven", "#6b7280"));

    public RatingScaleProperties {
        ratings = ratings == null || ratings.isEmpty() ? DEFAULT : List.copyOf(ratings);
        Set<String> codes = new HashSet<>();
        for (Rating rating : ratings) {
            if (!codes.add(rating.code())) throw new IllegalArgumentException("Rating code " + rating.code() + " is listed twice.");
        }
    }

    public Optional<Rating> find(String code) {
        return ratings.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
