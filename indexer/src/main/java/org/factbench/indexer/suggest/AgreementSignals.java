package org.factbench.indexer.suggest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.factbench.core.suggestion.AgreementSignal;
import org.factbench.core.suggestion.AgreementSignal.Agreement;
import org.factbench.core.suggestion.AgreementSignal.Aspect;
import org.factbench.indexer.segment.ExtractedDate;
import org.factbench.indexer.segment.ExtractedNumber;

/**
 * The claim's dates, numbers, places and names compared with a passage's. Signals, not verdicts: a passage can
 * speak of another event, so "differs" is only said where the passage states a value of the same kind close to
 * the claim's (a date within a year, a number with the same unit, a place after "in") and none that agrees.
 */
final class AgreementSignals {

    /** A disjoint date further away than this is taken for another event, not a contradiction. */
    static final long NEAR_DAYS = 366;

    private AgreementSignals() {
    }

    static List<AgreementSignal> compare(ClaimFacts claim, List<ExtractedDate> passageDates,
                                         List<ExtractedNumber> passageNumbers, String passageText) {
        List<AgreementSignal> signals = new ArrayList<>();
        dates(claim.dates(), passageDates, signals);
        numbers(claim.numbers(), passageNumbers, signals);
        names(claim.names(), passageText, signals);
        return signals;
    }

    static void dates(List<ExtractedDate> claimDates, List<ExtractedDate> passageDates, List<AgreementSignal> out) {
        // Passage dates that bear on some claim date (same, coarser or finer) are not evidence of a different one.
        Set<ExtractedDate> related = new HashSet<>();
        for (ExtractedDate p : passageDates) {
            for (ExtractedDate c : claimDates) {
                if (overlaps(c, p)) {
                    related.add(p);
                }
            }
        }
        for (ExtractedDate c : claimDates) {
            ExtractedDate agrees = null;
            ExtractedDate coarser = null;
            ExtractedDate differs = null;
            for (ExtractedDate p : passageDates) {
                if (contains(c, p) && (agrees == null || exact(c, p))) {
                    // Equal, or the passage is more precise inside the claim's span ("23 December" for "December").
                    agrees = p;
                } else if (contains(p, c)) {
                    coarser = coarser == null || span(p) < span(coarser) ? p : coarser;
                } else if (!related.contains(p) && gapDays(c, p) <= NEAR_DAYS && nearest(p, claimDates) == c
                        && (p.precision() != ExtractedDate.Precision.YEAR || c.precision() == ExtractedDate.Precision.YEAR)) {
                    differs = differs == null || gapDays(c, p) < gapDays(c, differs) ? p : differs;
                }
            }
            if (agrees != null) {
                out.add(new AgreementSignal(Aspect.DATE, Agreement.AGREES, c.mention(), agrees.mention()));
            } else if (coarser != null) {
                out.add(new AgreementSignal(Aspect.DATE, Agreement.LESS_PRECISE, c.mention(), coarser.mention()));
            } else if (differs != null) {
                out.add(new AgreementSignal(Aspect.DATE, Agreement.DIFFERS, c.mention(), differs.mention()));
            }
        }
    }

    static void numbers(List<ExtractedNumber> claimNumbers, List<ExtractedNumber> passageNumbers, List<AgreementSignal> out) {
        for (ExtractedNumber c : claimNumbers) {
            ExtractedNumber agrees = null;
            ExtractedNumber differs = null;
            for (ExtractedNumber p : passageNumbers) {
                if (same(c.value(), p.value()) && (c.unit() == null || p.unit() == null || c.unit().equals(p.unit()))) {
                    agrees = p;
                } else if (c.unit() != null && c.unit().equals(p.unit())
                        && claimNumbers.stream().noneMatch(other -> same(other.value(), p.value()))) {
                    differs = differs == null ? p : differs;
                }
            }
            if (agrees != null) {
                out.add(new AgreementSignal(Aspect.NUMBER, Agreement.AGREES, c.mention(), agrees.mention()));
            } else if (differs != null) {
                out.add(new AgreementSignal(Aspect.NUMBER, Agreement.DIFFERS, c.mention(), differs.mention()));
            }
        }
    }

    static void names(List<Names.Name> claimNames, String passageText, List<AgreementSignal> out) {
        List<Names.Name> passageNames = Names.of(passageText);
        Set<String> passageStems = Words.stems(passageText);
        Set<String> claimStems = new HashSet<>();
        claimNames.forEach(n -> Words.of(n.text()).forEach(w -> claimStems.add(Words.stem(w))));
        Set<String> said = new HashSet<>();
        for (Names.Name c : claimNames) {
            if (!said.add(c.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Aspect aspect = c.place() ? Aspect.PLACE : Aspect.NAME;
            if (mentioned(c, passageStems)) {
                out.add(new AgreementSignal(aspect, Agreement.AGREES, c.text(), c.text()));
            } else if (c.place()) {
                passageNames.stream()
                        .filter(p -> p.place() && Words.of(p.text()).stream().noneMatch(w -> claimStems.contains(Words.stem(w))))
                        .findFirst()
                        .ifPresent(p -> out.add(new AgreementSignal(Aspect.PLACE, Agreement.DIFFERS, c.text(), p.text())));
            }
        }
    }

    /** Every word of the name is in the passage (by stem): "Vugar Khalilov" needs both. */
    private static boolean mentioned(Names.Name name, Set<String> passageStems) {
        List<String> words = Words.of(name.text()).stream().filter(w -> !"of".equals(w) && !"de".equals(w)).toList();
        return !words.isEmpty() && words.stream().allMatch(w -> passageStems.contains(Words.stem(w)));
    }

    /** The claim date a passage date is closest to: only that one may be said to differ from it. */
    private static ExtractedDate nearest(ExtractedDate passageDate, List<ExtractedDate> claimDates) {
        ExtractedDate nearest = null;
        for (ExtractedDate c : claimDates) {
            if (nearest == null || gapDays(c, passageDate) < gapDays(nearest, passageDate)) {
                nearest = c;
            }
        }
        return nearest;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static boolean contains(ExtractedDate outer, ExtractedDate inner) {
        return !outer.from().isAfter(inner.from()) && !outer.to().isBefore(inner.to());
    }

    private static boolean exact(ExtractedDate a, ExtractedDate b) {
        return Objects.equals(a.from(), b.from()) && Objects.equals(a.to(), b.to());
    }

    private static boolean overlaps(ExtractedDate a, ExtractedDate b) {
        return !a.to().isBefore(b.from()) && !b.to().isBefore(a.from());
    }

    private static long span(ExtractedDate d) {
        return ChronoUnit.DAYS.between(d.from(), d.to());
    }

    private static long gapDays(ExtractedDate a, ExtractedDate b) {
        LocalDate aFrom = a.from();
        LocalDate bFrom = b.from();
        if (overlaps(a, b)) {
            return 0;
        }
        return a.to().isBefore(bFrom) ? ChronoUnit.DAYS.between(a.to(), bFrom) : ChronoUnit.DAYS.between(b.to(), aFrom);
    }
}
