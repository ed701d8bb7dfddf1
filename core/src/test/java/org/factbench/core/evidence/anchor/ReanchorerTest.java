package org.factbench.core.evidence.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReanchorerTest {

    static final String ARTICLE = """
            The city council voted on Tuesday to close the Riverside bridge for repairs from the first of March, \
            after engineers found corrosion in two of its steel supports. The closure is expected to last at least \
            eight months.

            Council leader Maria Jensen said the decision had not been taken lightly. "We know how many people \
            cross that bridge every morning, but safety has to come first," she told reporters outside the town hall.

            A report published last week estimated that about 14,000 vehicles use the bridge each day. Local \
            businesses on the east bank have warned that a long closure could cut their trade by a third.

            The council said a temporary ferry would run every twenty minutes during the works. Bus routes 4 and 12 \
            will be diverted over the Mill Lane crossing, adding up to fifteen minutes to some journeys.

            Opposition councillors criticised the timing. "The council has known about these problems since 2019 \
            and did nothing," said James Okafor, who leads the opposition group. The council declined to comment.

            Repairs are expected to cost 6.2 million pounds, most of it covered by a government grant. \
            The council declined to comment on whether the contractor had been chosen.""";

    private final Reanchorer reanchorer = new Reanchorer();

    static TextAnchor anchorOn(String body, String quote) {
        int start = body.indexOf(quote);
        assertThat(start).as("quote must occur in the body: %s", quote).isNotNegative();
        return TextAnchor.of(body, start, start + quote.length());
    }

    static TextAnchor anchorOn(String body, String quote, int occurrence) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = body.indexOf(quote, start + 1);
            assertThat(start).as("occurrence %d of %s", i, quote).isNotNegative();
        }
        return TextAnchor.of(body, start, start + quote.length());
    }

    @Nested
    class WhenTheQuoteIsUntouched {

        @Test
        void anUnchangedBodyKeepsTheExactPosition() {
            TextAnchor anchor = anchorOn(ARTICLE, "safety has to come first");

            AnchorResult result = reanchorer.reanchor(anchor, ARTICLE);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_POSITION);
            assertThat(result.anchor()).isEqualTo(anchor);
            assertThat(result.score()).isEqualTo(1.0);
        }

        @Test
        void textAddedAfterTheQuoteKeepsTheExactPosition() {
            TextAnchor anchor = anchorOn(ARTICLE, "about 14,000 vehicles use the bridge each day");
            String changed = ARTICLE + "\n\nThis article was updated to include the cost of the repairs.";

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_POSITION);
            assertThat(result.anchor().position()).isEqualTo(anchor.position());
        }

        @Test
        void textInsertedBeforeTheQuoteMovesTheAnchorWithIt() {
            TextAnchor anchor = anchorOn(ARTICLE, "about 14,000 vehicles use the bridge each day");
            String changed = ARTICLE.replace("Council leader Maria Jensen",
                    "The vote was 31 to 12, with three abstentions.\n\nCouncil leader Maria Jensen");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor()).isEqualTo(anchorOn(changed, "about 14,000 vehicles use the bridge each day"));
            assertThat(result.score()).isEqualTo(1.0);
        }

        @Test
        void textInsertedRightBeforeTheQuoteStillFindsItByItsSuffix() {
            String quote = "A report published last week estimated that about 14,000 vehicles use the bridge each day.";
            TextAnchor anchor = anchorOn(ARTICLE, quote);
            String changed = ARTICLE.replace(quote, "Traffic counts tell the same story. " + quote);

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor()).isEqualTo(anchorOn(changed, quote));
        }

        @Test
        void textDeletedBeforeTheQuoteMovesTheAnchorBack() {
            TextAnchor anchor = anchorOn(ARTICLE, "The council said a temporary ferry would run every twenty minutes");
            String changed = ARTICLE.replace(" The closure is expected to last at least eight months.", "");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor()).isEqualTo(anchorOn(changed, "The council said a temporary ferry would run every twenty minutes"));
        }
    }

    @Nested
    class WhenTheQuoteItselfChanged {

        @Test
        void aSmallEditInsideTheQuoteIsFoundApproximatelyAndSpansTheNewText() {
            String quote = "Repairs are expected to cost 6.2 million pounds, most of it covered by a government grant.";
            String edited = "Repairs are now expected to cost 6.4 million pounds, most of it covered by a government grant.";
            TextAnchor anchor = anchorOn(ARTICLE, quote);
            String changed = ARTICLE.replace(quote, edited);

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.FUZZY);
            assertThat(result.anchor().quote().exact()).isEqualTo(edited);
            assertThat(result.score()).isBetween(reanchorer.minScore(), 0.99);
        }

        @Test
        void aCorrectedTypoInsideAPartialSentenceQuoteIsFound() {
            String quote = "engineers found corrosion in two of its steel supports";
            TextAnchor anchor = anchorOn(ARTICLE, quote);
            String changed = ARTICLE.replace(quote, "engineers found corrosion in three of its steel supports");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.FUZZY);
            assertThat(result.anchor().quote().exact()).isEqualTo("engineers found corrosion in three of its steel supports");
        }

        @Test
        void aClauseInsertedInsideALongQuoteIsFoundAndIncluded() {
            String quote = "Local businesses on the east bank have warned that a long closure could cut their trade by a third.";
            String edited = "Local shops and businesses on the east bank have warned that a long closure could cut their trade by a third.";
            TextAnchor anchor = anchorOn(ARTICLE, quote);

            AnchorResult result = reanchorer.reanchor(anchor, ARTICLE.replace(quote, edited));

            assertThat(result.state()).isEqualTo(AnchorState.FUZZY);
            assertThat(result.anchor().quote().exact()).isEqualTo(edited);
        }

        @Test
        void aLargeRewriteOfTheQuoteOrphansTheLink() {
            String quote = "Local businesses on the east bank have warned that a long closure could cut their trade by a third.";
            String rewritten = "Shop owners east of the river fear months of lost customers, according to the chamber of commerce.";
            TextAnchor anchor = anchorOn(ARTICLE, quote);

            AnchorResult result = reanchorer.reanchor(anchor, ARTICLE.replace(quote, rewritten));

            assertThat(result.state()).isEqualTo(AnchorState.ORPHANED);
            assertThat(result.anchor()).isNull();
            assertThat(result.score()).isLessThan(reanchorer.minScore());
        }
    }

    @Nested
    class WhenTheQuoteIsGone {

        @Test
        void aDeletedQuoteIsOrphaned() {
            String quote = "Bus routes 4 and 12 will be diverted over the Mill Lane crossing, adding up to fifteen minutes to some journeys.";
            TextAnchor anchor = anchorOn(ARTICLE, quote);

            AnchorResult result = reanchorer.reanchor(anchor, ARTICLE.replace(" " + quote, ""));

            assertThat(result.state()).isEqualTo(AnchorState.ORPHANED);
            assertThat(result.found()).isFalse();
        }

        @Test
        void aDeletedQuoteIsNotCapturedByASimilarSentenceThatRemains() {
            String body = ARTICLE + "\n\nA second report estimated that about 12,000 vehicles use the bridge each day in winter.";
            String quote = "A report published last week estimated that about 14,000 vehicles use the bridge each day.";
            TextAnchor anchor = anchorOn(body, quote);

            AnchorResult result = reanchorer.reanchor(anchor, body.replace(quote + " ", ""));

            assertThat(result.state()).isEqualTo(AnchorState.ORPHANED);
            assertThat(result.score()).isLessThan(reanchorer.minScore());
        }

        @Test
        void aDeletedPartialQuoteIsNotCapturedByTheSameWordsElsewhere() {
            String quote = "The council declined to comment.";
            TextAnchor anchor = anchorOn(ARTICLE, quote, 0);
            String changed = ARTICLE.replace("said James Okafor, who leads the opposition group. The council declined to comment.",
                    "said James Okafor, who leads the opposition group.");
            assertThat(changed).contains("The council declined to comment on whether");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.ORPHANED);
        }

        @Test
        void aDeletedShortSentenceIsNotCapturedByAnIdenticalSentenceWithOtherSurroundings() {
            String body = ARTICLE.replace("during the works.", "during the works. The council declined to comment.");
            TextAnchor anchor = anchorOn(body, "The council declined to comment.", 1);
            String changed = body.replace("opposition group. The council declined to comment.", "opposition group.");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(changed).contains("during the works. The council declined to comment.");
            assertThat(result.state()).isEqualTo(AnchorState.ORPHANED);
        }

        @Test
        void anEmptiedOrTruncatedBodyOrphansTheLink() {
            TextAnchor anchor = anchorOn(ARTICLE, "The council declined to comment on whether the contractor had been chosen.");

            assertThat(reanchorer.reanchor(anchor, "")).isEqualTo(AnchorResult.orphaned(0.0));
            assertThat(reanchorer.reanchor(anchor, ARTICLE.substring(0, 400)).state()).isEqualTo(AnchorState.ORPHANED);
        }
    }

    @Nested
    class WhenTheQuoteOccursMoreThanOnce {

        private static final String SENTENCE = "The closure is expected to last at least eight months.";

        @Test
        void aCopyOfTheSentenceInsertedEarlierDoesNotCaptureTheLink() {
            TextAnchor anchor = anchorOn(ARTICLE, SENTENCE);
            String changed = ARTICLE.replace("will be diverted over the Mill Lane crossing, adding up to fifteen minutes to some journeys.",
                    "will be diverted over the Mill Lane crossing. " + SENTENCE);
            String changedAgain = "Update: " + SENTENCE + " Readers asked how long the works would take.\n\n" + changed;

            AnchorResult result = reanchorer.reanchor(anchor, changedAgain);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor()).isEqualTo(anchorOn(changedAgain, SENTENCE, 1));
        }

        @Test
        void theRightOccurrenceIsChosenByItsContextWhenTheOriginalWasLinkedSecond() {
            String body = ARTICLE.replace("Opposition councillors criticised the timing.", SENTENCE + " Opposition councillors criticised the timing.");
            TextAnchor anchor = anchorOn(body, SENTENCE, 1);
            String changed = body.replace("Council leader Maria Jensen said", "Council leader Maria Jensen, re-elected in May, said");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor()).isEqualTo(anchorOn(changed, SENTENCE, 1));
        }

        /** The quote sits well inside its paragraph, so both copies share all 32 characters of context on each side. */
        private static final String PARAGRAPH =
                "\n\nA report published last week estimated that about 14,000 vehicles use the bridge each day, more than planners expected.\n\n";
        private static final String QUOTE = "about 14,000 vehicles";
        private static final String TWICE = "Intro sentence here." + PARAGRAPH + "Middle part of the story." + PARAGRAPH + "The end.";

        @Test
        void identicalCopiesWithIdenticalSurroundingsAreNotGuessedBetween() {
            TextAnchor anchor = anchorOn(TWICE, QUOTE, 0);
            assertThat(anchor.quote().prefix()).isEqualTo(anchorOn(TWICE, QUOTE, 1).quote().prefix());
            assertThat(anchor.quote().suffix()).isEqualTo(anchorOn(TWICE, QUOTE, 1).quote().suffix());

            AnchorResult result = reanchorer.reanchor(anchor, "New lead paragraph. " + TWICE);

            assertThat(result.state()).isEqualTo(AnchorState.ORPHANED);
            assertThat(result.score()).as("both places match perfectly; only the choice is impossible").isEqualTo(1.0);
        }

        @Test
        void oneCharacterOfDifferentContextIsEnoughToTellCopiesApart() {
            TextAnchor anchor = anchorOn(TWICE, QUOTE, 1);
            // Only the first copy's surroundings change; the linked second copy moves by one character.
            String changed = TWICE.replaceFirst("published last week estimated", "published last week, estimated");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor()).isEqualTo(anchorOn(changed, QUOTE, 1));
        }

        @Test
        void anOccurrenceStillAtTheRecordedOffsetsWinsATie() {
            TextAnchor anchor = anchorOn(TWICE, QUOTE, 0);
            // Both copies' surroundings change the same way, and the first copy keeps its offsets.
            String changed = TWICE.replace("last week estimated that", "last week estimated that")
                    .replace("use the bridge each day, more", "use the bridge each day. More");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_POSITION);
            assertThat(result.anchor().position()).isEqualTo(anchor.position());
        }
    }

    @Nested
    class WhenOnlyWhitespaceChanged {

        @Test
        void reflowedLinesAndDoubledSpacesInsideTheQuoteStillMatchExactly() {
            String quote = "We know how many people cross that bridge every morning, but safety has to come first,";
            TextAnchor anchor = anchorOn(ARTICLE, quote);
            String reflowed = "We know how many people\ncross that  bridge every morning,\n    but safety has to come first,";
            String changed = ARTICLE.replace(quote, reflowed).replace("\n\n", "\n\n\n");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.score()).isEqualTo(1.0);
            assertThat(result.anchor().quote().exact()).isEqualTo(reflowed);
            assertThat(changed.substring(result.anchor().position().start(), result.anchor().position().end())).isEqualTo(reflowed);
        }

        @Test
        void nonBreakingAndZeroWidthCharactersDoNotBreakTheMatch() {
            String quote = "Repairs are expected to cost 6.2 million pounds";
            TextAnchor anchor = anchorOn(ARTICLE, quote);
            String changed = ARTICLE.replace("6.2 million", "6.2\u00A0million").replace("Repairs are", "Rep\u00ADairs\u200B are");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor().quote().exact()).isEqualTo("Rep\u00ADairs\u200B are expected to cost 6.2\u00A0million pounds");
        }

        @Test
        void whitespaceChangedOnlyAroundTheQuoteKeepsItsPosition() {
            String quote = "The council said a temporary ferry would run every twenty minutes during the works.";
            String body = "Short intro.  " + quote + "  Bus routes change.";
            TextAnchor anchor = anchorOn(body, quote);

            AnchorResult result = reanchorer.reanchor(anchor, "Short intro.\n\n" + quote + "\n\nBus routes change.");

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_POSITION);
        }
    }

    @Nested
    class AtTheEdgesOfTheBody {

        @Test
        void aQuoteAtTheVeryStartSurvivesAHeadlineInsertedBeforeIt() {
            String quote = "The city council voted on Tuesday to close the Riverside bridge for repairs from the first of March, "
                    + "after engineers found corrosion in two of its steel supports.";
            TextAnchor anchor = anchorOn(ARTICLE, quote);
            assertThat(anchor.position().start()).isZero();
            String changed = "Riverside bridge to close for eight months\n\n" + ARTICLE;

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor()).isEqualTo(anchorOn(changed, quote));
        }

        @Test
        void aShorterQuoteThatLostTheBodyStartAsContextNeedsTheOldBody() {
            String quote = "The city council voted on Tuesday to close the Riverside bridge";
            TextAnchor anchor = anchorOn(ARTICLE, quote);
            String changed = "Riverside bridge to close for eight months\n\n" + ARTICLE.replace(" for repairs from", " for urgent repairs from");

            AnchorResult alone = reanchorer.reanchor(anchor, changed);
            AnchorResult withOldBody = reanchorer.reanchor(anchor, ARTICLE, changed);

            // Both sides of its context changed: from the new body alone this could be a copy elsewhere.
            assertThat(alone.state()).isEqualTo(AnchorState.ORPHANED);
            // The old body has no other passage this copy could come from: the quote moved.
            assertThat(withOldBody.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(withOldBody.anchor()).isEqualTo(anchorOn(changed, quote));
        }

        @Test
        void aQuoteAtTheVeryEndSurvivesTextRemovedBeforeIt() {
            String quote = "on whether the contractor had been chosen.";
            TextAnchor anchor = anchorOn(ARTICLE, quote);
            assertThat(anchor.position().end()).isEqualTo(ARTICLE.length());
            String changed = ARTICLE.substring(ARTICLE.indexOf("Repairs are expected"));

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor().position().end()).isEqualTo(changed.length());
        }

        @Test
        void aQuoteAtTheVeryEndWithItsLastWordsEditedIsFound() {
            String quote = "The council declined to comment on whether the contractor had been chosen.";
            TextAnchor anchor = anchorOn(ARTICLE, quote);
            String changed = ARTICLE.replace(quote, "The council declined to comment on whether the contractor was chosen.");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.FUZZY);
            assertThat(result.anchor().quote().exact()).isEqualTo("The council declined to comment on whether the contractor was chosen.");
            assertThat(result.anchor().quote().suffix()).isEmpty();
        }

        @Test
        void aQuoteThatWasTheWholeBodyKeepsItsPlaceWhenTextIsAppended() {
            String body = "Bridge closed for repairs until the autumn.";
            TextAnchor anchor = TextAnchor.of(body, 0, body.length());

            AnchorResult result = reanchorer.reanchor(anchor, body + " More details to follow.");

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_POSITION);
        }

        @Test
        void aQuoteThatWasTheWholeBodyIsFollowedIntoALongerOneWithTheOldBody() {
            String body = "Bridge closed for repairs until the autumn.";
            TextAnchor anchor = TextAnchor.of(body, 0, body.length());
            String changed = "Update: " + body + " More details to follow.";

            assertThat(reanchorer.reanchor(anchor, changed).state()).isEqualTo(AnchorState.ORPHANED);
            AnchorResult result = reanchorer.reanchor(anchor, body, changed);
            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor().quote().exact()).isEqualTo(body);
        }
    }

    @Nested
    class InRussian {

        static final String STATYA = """
                Городской совет во вторник проголосовал за закрытие моста через реку на ремонт с первого марта. \
                По словам инженеров, две стальные опоры моста серьёзно пострадали от коррозии.

                «Мы понимаем, сколько людей каждое утро пересекают этот мост, но безопасность важнее», — заявила \
                глава совета Мария Иенсен журналистам у здания администрации.

                По оценке, опубликованной на прошлой неделе, мостом ежедневно пользуются около 14 тысяч автомобилей. \
                Местные предприниматели предупредили, что долгое закрытие может сократить их выручку на треть.

                Ремонт обойдётся в 6,2 миллиона рублей, большую часть расходов покроет государственная субсидия.""";

        @Test
        void insertionBeforeTheQuoteIsFollowed() {
            String quote = "мостом ежедневно пользуются около 14 тысяч автомобилей";
            TextAnchor anchor = anchorOn(STATYA, quote);
            String changed = STATYA.replace("Городской совет", "Обновлено в среду.\n\nГородской совет");

            AnchorResult result = reanchorer.reanchor(anchor, changed);

            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor()).isEqualTo(anchorOn(changed, quote));
        }

        @Test
        void aSmallEditIsFoundApproximately() {
            String quote = "Ремонт обойдётся в 6,2 миллиона рублей, большую часть расходов покроет государственная субсидия.";
            String edited = "Ремонт обойдётся в 6,4 миллиона рублей, бо́льшую часть расходов покроет федеральная субсидия.";
            TextAnchor anchor = anchorOn(STATYA, quote);

            AnchorResult result = reanchorer.reanchor(anchor, STATYA.replace(quote, edited));

            assertThat(result.state()).isEqualTo(AnchorState.FUZZY);
            assertThat(result.anchor().quote().exact()).isEqualTo(edited);
        }

        @Test
        void aDeletedQuoteWithALookalikeRemainingIsOrphaned() {
            String body = STATYA + "\n\nПо другой оценке, мостом ежедневно пользуются около 12 тысяч автомобилей.";
            String quote = "По оценке, опубликованной на прошлой неделе, мостом ежедневно пользуются около 14 тысяч автомобилей.";
            TextAnchor anchor = anchorOn(body, quote);

            AnchorResult result = reanchorer.reanchor(anchor, body.replace(quote + " ", ""));

            assertThat(result.state()).isEqualTo(AnchorState.ORPHANED);
        }
    }

    @Nested
    class WithTheOldBody {

        /** A sentence that appears twice, word for word, with the same 32 characters around the quote both times. */
        private static final String REPEATED = "Council leader Maria Jensen said the decision had not been taken lightly by anyone on the council, she said.";
        private static final String QUOTE = "the decision had not been taken lightly";
        private final String body = ARTICLE.replace("A report published last week", REPEATED + " A report published last week");

        @Test
        void aDeletedSentenceIsNotCapturedByAnIdenticalCopyThatWasAlreadyThere() {
            String oldBody = body.replace("Council leader Maria Jensen said the decision had not been taken lightly.", REPEATED);
            TextAnchor anchor = anchorOn(oldBody, QUOTE, 0);
            TextAnchor other = anchorOn(oldBody, QUOTE, 1);
            assertThat(anchor.quote()).isEqualTo(other.quote());
            String newBody = oldBody.replaceFirst(java.util.regex.Pattern.quote(REPEATED + " "), "");

            AnchorResult alone = reanchorer.reanchor(anchor, newBody);
            AnchorResult withOldBody = reanchorer.reanchor(anchor, oldBody, newBody);

            // Indistinguishable from "the sentence moved" with the selectors alone...
            assertThat(alone.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            // ...but the old body shows the remaining copy was another passage all along.
            assertThat(withOldBody.state()).isEqualTo(AnchorState.ORPHANED);
        }

        @Test
        void aDeletedSentenceIsNotCapturedByAOneWordVariantThatWasAlreadyThere() {
            String variant = REPEATED.replace("taken lightly", "taken quickly");
            String oldBody = body.replace(REPEATED, variant).replace(
                    "Council leader Maria Jensen said the decision had not been taken lightly.", REPEATED);
            TextAnchor anchor = anchorOn(oldBody, "the decision had not been taken lightly by anyone");
            String newBody = oldBody.replace(REPEATED + " ", "").replace(REPEATED, "");

            assertThat(newBody).contains(variant).doesNotContain("taken lightly");
            assertThat(reanchorer.reanchor(anchor, oldBody, newBody).state()).isEqualTo(AnchorState.ORPHANED);
        }

        @Test
        void aSentenceMovedToNewSurroundingsIsFollowed() {
            String sentence = "The closure is expected to last at least eight months.";
            TextAnchor anchor = anchorOn(ARTICLE, sentence);
            String newBody = ARTICLE.replace(" " + sentence, "")
                    .replace("during the works.", "during the works. " + sentence);

            AnchorResult alone = reanchorer.reanchor(anchor, newBody);
            AnchorResult withOldBody = reanchorer.reanchor(anchor, ARTICLE, newBody);

            assertThat(alone.state()).isEqualTo(AnchorState.ORPHANED);
            assertThat(withOldBody.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(withOldBody.anchor()).isEqualTo(anchorOn(newBody, sentence));
        }

        @Test
        void copiesWithTheSameNearContextAreToldApartByTheirWiderContext() {
            String paragraph = "A report published last week estimated that about 14,000 vehicles use the bridge each day, more than planners expected.";
            String oldBody = "The first count was made in spring by volunteers. " + paragraph
                    + "\n\nA second, independent count in autumn gave the same answer. " + paragraph + "\n\nThe end.";
            TextAnchor anchor = anchorOn(oldBody, "about 14,000 vehicles", 1);
            String newBody = "Corrected on Friday.\n\n" + oldBody;

            assertThat(reanchorer.reanchor(anchor, newBody).state()).isEqualTo(AnchorState.ORPHANED);
            AnchorResult result = reanchorer.reanchor(anchor, oldBody, newBody);
            assertThat(result.state()).isEqualTo(AnchorState.EXACT_QUOTE);
            assertThat(result.anchor()).isEqualTo(anchorOn(newBody, "about 14,000 vehicles", 1));
        }

        @Test
        void anOldBodyThatDoesNotHoldTheQuoteIsRefused() {
            TextAnchor anchor = anchorOn(ARTICLE, "Bus routes 4 and 12");

            assertThatThrownBy(() -> reanchorer.reanchor(anchor, ARTICLE.substring(100), ARTICLE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("article version the anchor was made on");
        }
    }

    @Test
    void manyLinksIntoOneNewBodyComeBackInOrder() {
        List<TextAnchor> anchors = List.of(
                anchorOn(ARTICLE, "Council leader Maria Jensen"),
                anchorOn(ARTICLE, "Bus routes 4 and 12"),
                anchorOn(ARTICLE, "6.2 million pounds"));
        String changed = "Breaking.\n\n" + ARTICLE.replace("6.2 million pounds", "6.5 million pounds");

        List<AnchorResult> results = reanchorer.reanchorAll(anchors, changed);

        assertThat(results).extracting(AnchorResult::state)
                .containsExactly(AnchorState.EXACT_QUOTE, AnchorState.EXACT_QUOTE, AnchorState.FUZZY);
        assertThat(results.get(2).anchor().quote().exact()).isEqualTo("6.5 million pounds");
    }

    @Test
    void concurrentCallsOnDifferentBodiesDoNotMixThemUp() {
        String quote = "temporary ferry would run every twenty minutes";
        TextAnchor anchor = anchorOn(ARTICLE, quote);
        String first = "One.\n\n" + ARTICLE;
        String second = "Two more words.\n\n" + ARTICLE;

        List<AnchorResult> results = IntStream.range(0, 400).parallel()
                .mapToObj(i -> reanchorer.reanchor(anchor, i % 2 == 0 ? first : second))
                .toList();

        for (int i = 0; i < results.size(); i++) {
            String body = i % 2 == 0 ? first : second;
            assertThat(results.get(i).anchor()).isEqualTo(anchorOn(body, quote));
        }
    }

    @Test
    void badInputGetsAClearError() {
        TextAnchor anchor = anchorOn(ARTICLE, "Bus routes");

        assertThatThrownBy(() -> reanchorer.reanchor(anchor, null)).hasMessageContaining("new article body");
        assertThatThrownBy(() -> reanchorer.reanchor(null, ARTICLE)).hasMessageContaining("anchor");
        assertThatThrownBy(() -> new Reanchorer(0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reanchorer(1.5)).hasMessageContaining("(0, 1]");
    }
}
