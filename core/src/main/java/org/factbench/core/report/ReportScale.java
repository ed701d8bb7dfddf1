package org.factbench.core.report;

import java.util.List;
import java.util.Set;
import org.factbench.core.verdict.Rating;

/**
 * The rating scale as it was when the report was published, and where the verdict sits on it. Graded steps are
 * numbered from {@code worst} (1) to {@code best} (their count), as fact-check markup expects ratingValue to be.
 * An ungraded verdict (e.g. Unproven) has no {@code position}: it is not a point between true and false, so
 * readers and search engines get its name ({@code alternateName}) only.
 *
 * @param steps         the whole configured scale, best to worst, with labels and colours of that moment
 * @param position      1..best for a graded verdict, null for an ungraded one
 * @param alternateName the verdict's label, as readers see it
 */
public record ReportScale(List<Rating> steps, int best, int worst, Integer position, String alternateName) {

    /** Codes that name a state of knowledge rather than a grade: shown on the meter's side, not on its line. */
    static final Set<String> UNGRADED = Set.of("UNPROVEN", "UNVERIFIABLE", "NO_EVIDENCE");

    public ReportScale {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    static ReportScale of(List<Rating> scale, String code, String label) {
        List<Rating> graded = scale.stream().filter(ReportScale::graded).toList();
        Integer position = null;
        for (int i = 0; i < graded.size(); i++) {
            if (graded.get(i).code().equals(code)) position = graded.size() - i;
        }
        return new ReportScale(scale, Math.max(1, graded.size()), 1, position, label);
    }

    public static boolean graded(Rating rating) {
        return !UNGRADED.contains(rating.code());
    }

    /** The graded steps, best first. */
    public List<Rating> gradedSteps() {
        return steps.stream().filter(ReportScale::graded).toList();
    }
}
