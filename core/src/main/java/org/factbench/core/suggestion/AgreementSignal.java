package org.factbench.core.suggestion;

/**
 * One fact of the claim compared with the passage: "23-24 December 2021" in the claim and "December 23-24, 2021"
 * in the passage agree; "in 2021" is less precise; "in November 2021" differs. A signal, not a verdict: the
 * passage may speak of another event.
 *
 * @param claimMention   the fact as the claim states it
 * @param passageMention the passage's wording it was compared with (null when the passage only lacks it)
 */
public record AgreementSignal(Aspect aspect, Agreement agreement, String claimMention, String passageMention) {

    /** What kind of fact. */
    public enum Aspect { DATE, NUMBER, PLACE, NAME }

    /** How the passage's fact relates to the claim's. */
    public enum Agreement {
        /** The passage states the same. */
        AGREES,
        /** The passage states something coarser that includes the claim's (a year for a day). */
        LESS_PRECISE,
        /** The passage states another value of the same kind where the claim's would be. */
        DIFFERS
    }
}
