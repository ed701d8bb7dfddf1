package org.factbench.indexer.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 27);

    private final NumberExtractor numbers = new NumberExtractor();
    private final DateExtractor dates = new DateExtractor();

    private List<ExtractedNumber> find(String text, String language) {
        Span all = new Span(0, text.length());
        List<ExtractedNumber> found = numbers.find(text, all, language, dates.find(text, all, PUBLISHED));
        found.forEach(number -> assertThat(text.substring(number.start(), number.end())).isEqualTo(number.mention()));
        return found;
    }

    private ExtractedNumber only(String text, String language) {
        List<ExtractedNumber> found = find(text, language);
        assertThat(found).as("numbers in: %s", text).hasSize(1);
        return found.getFirst();
    }

    private static void assertNumber(ExtractedNumber number, String mention, double value, String unit) {
        assertThat(number.mention()).isEqualTo(mention);
        assertThat(number.value()).isCloseTo(value, within(1e-6 * Math.max(1, Math.abs(value))));
        assertThat(number.unit()).isEqualTo(unit);
    }

    @Test
    void integersAndDecimalsWithTheWordTheyCount() {
        assertNumber(only("Some 23 participants attended the round table.", "en"), "23", 23, "participants");
        assertNumber(only("Trade grew by 2.5 times over the year.", "en"), "2.5", 2.5, "times");
        assertNumber(only("The road will be 1,250 kilometres long.", "en"), "1,250", 1250, "kilometres");
        assertNumber(only("The border runs for 1,007 km.", "en"), "1,007", 1007, "km");
    }

    @Test
    void scaleWordsMultiply() {
        assertNumber(only("The corridor could carry 1.5 million tonnes of cargo a year.", "en"), "1.5 million", 1.5e6, "tonnes");
        assertNumber(only("Investors pledged $3 billion for the railway.", "en"), "$3 billion", 3e9, "USD");
        assertNumber(only("The budget is €120 mln this year.", "en"), "€120 mln", 1.2e8, "EUR");
        assertNumber(only("Товарооборот составил 1,5 млн долларов.", "ru"), "1,5 млн", 1.5e6, "долларов");
        assertNumber(only("Инвестиции превысили 2,3 млрд. рублей.", "ru"), "2,3 млрд.", 2.3e9, "рублей");
    }

    @Test
    void percentages() {
        assertNumber(only("Exports rose 40% in the first half.", "en"), "40%", 40, "%");
        assertNumber(only("Exports rose 12.5 percent in the first half.", "en"), "12.5 percent", 12.5, "%");
        assertNumber(only("Экспорт вырос на 12,5 процента.", "ru"), "12,5 процента", 12.5, "%");
    }

    @Test
    void russianGroupsThousandsWithSpaces() {
        assertNumber(only("На границе работают 1 200 человек.", "ru"), "1 200", 1200, "человек");
        assertNumber(only("Expected throughput: 1\u00a0200 wagons.", "de"), "1\u00a0200", 1200, "wagons");
    }

    @Test
    void datesYearsOrdinalsTimesAndCodesAreNotNumbers() {
        assertThat(find("The meeting on 23-24 December 2021 in Moscow was the first since 2020.", "en")).isEmpty();
        assertThat(find("2021 was a hard year; COVID-19 rules and S-400 talks; the 20th anniversary at 10:30.", "en")).isEmpty();
        assertThat(find("Встреча 23 декабря 2021 года.", "ru")).isEmpty();
    }

    @Test
    void theUnitIsLeftEmptyWhenTheNextWordCountsNothing() {
        assertNumber(only("Of the delegates, 12 of them were journalists.", "en"), "12", 12, null);
        assertNumber(only("The war lasted 44 days.", "en"), "44", 44, "days");
        assertNumber(only("after the 44-day war", "en"), "44", 44, "day");
    }

    @Test
    void severalNumbersInOneSentence() {
        assertThat(find("Of 1,200 trucks, 40% crossed within 2 hours and 3 were turned back.", "en"))
                .extracting(ExtractedNumber::mention)
                .containsExactly("1,200", "40%", "2", "3");
    }
}
