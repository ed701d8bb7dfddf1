package org.factbench.indexer.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factbench.indexer.segment.ExtractedDate.Precision;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

    private static final LocalDate JAN_27_2022 = LocalDate.of(2022, 1, 27); // a Thursday

    private final DateExtractor extractor = new DateExtractor();

    private List<ExtractedDate> find(String text, LocalDate published) {
        List<ExtractedDate> dates = extractor.find(text, new Span(0, text.length()), published);
        dates.forEach(date -> assertThat(text.substring(date.start(), date.end())).isEqualTo(date.mention()));
        return dates;
    }

    private ExtractedDate only(String text, LocalDate published) {
        List<ExtractedDate> dates = find(text, published);
        assertThat(dates).as("dates in: %s", text).hasSize(1);
        return dates.getFirst();
    }

    private static void assertDate(ExtractedDate date, String mention, LocalDate from, LocalDate to, Precision precision) {
        assertThat(date.mention()).isEqualTo(mention);
        assertThat(date.from()).isEqualTo(from);
        assertThat(date.to()).isEqualTo(to);
        assertThat(date.precision()).isEqualTo(precision);
    }

    @Test
    void dayMonthYearInBothOrders() {
        LocalDate day = LocalDate.of(2021, 12, 23);
        assertDate(only("The delegations arrived on 23 December 2021 after a long flight.", null),
                "23 December 2021", day, day, Precision.DAY);
        assertDate(only("The delegations arrived on December 23, 2021, after a long flight.", null),
                "December 23, 2021", day, day, Precision.DAY);
        assertDate(only("They arrived on Dec. 23, 2021.", null), "Dec. 23, 2021", day, day, Precision.DAY);
        assertDate(only("It was held on the 23rd of December 2021.", null), "23rd of December 2021", day, day, Precision.DAY);
    }

    @Test
    void aRangeOfDaysIsOneDateWithTwoEnds() {
        LocalDate first = LocalDate.of(2021, 12, 23);
        LocalDate second = LocalDate.of(2021, 12, 24);
        assertDate(only("The meeting took place on 23-24 December 2021 in Moscow.", null),
                "23-24 December 2021", first, second, Precision.DAY);
        assertDate(only("The meeting took place on December 23–24, 2021, in Moscow.", null),
                "December 23–24, 2021", first, second, Precision.DAY);
        assertDate(only("Встреча прошла 23-24 декабря 2021 года в Москве.", null),
                "23-24 декабря 2021 года", first, second, Precision.DAY);
    }

    @Test
    void aRangeThatRunsBackwardsIsNoDayRangeButTheMonthRemains() {
        assertThat(find("Scores of 24-23 December 2021", null)).extracting(ExtractedDate::precision)
                .containsExactly(Precision.MONTH);
    }

    @Test
    void numericDates() {
        LocalDate day = LocalDate.of(2021, 12, 23);
        assertDate(only("Posted 2021-12-23T10:15:00Z by the desk.", null), "2021-12-23", day, day, Precision.DAY);
        assertDate(only("Дата публикации: 23.12.2021.", null), "23.12.2021", day, day, Precision.DAY);
        assertThat(find("Version 31.02.2021 does not exist, nor 2021-13-01.", null)).isEmpty();
    }

    @Test
    void russianDayMonthYear() {
        LocalDate day = LocalDate.of(2021, 12, 23);
        assertDate(only("Это случилось 23 декабря 2021 года в Москве.", null), "23 декабря 2021 года", day, day, Precision.DAY);
        assertDate(only("Это случилось 23 декабря 2021 г. в Москве.", null), "23 декабря 2021 г.", day, day, Precision.DAY);
        LocalDate may = LocalDate.of(2021, 5, 9);
        assertDate(only("Праздник 9 мая 2021 года прошёл тихо.", null), "9 мая 2021 года", may, may, Precision.DAY);
        LocalDate march = LocalDate.of(2022, 3, 1);
        assertDate(only("С 1 марта 2022 года действуют новые правила.", null), "1 марта 2022 года", march, march, Precision.DAY);
    }

    @Test
    void monthAndYearHaveMonthPrecision() {
        assertDate(only("The group first met in December 2021 and again later.", null), "December 2021",
                LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31), Precision.MONTH);
        assertDate(only("Группа собралась в декабре 2021 года.", null), "декабре 2021 года",
                LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31), Precision.MONTH);
        assertDate(only("Talks resumed in February 2022.", null), "February 2022",
                LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28), Precision.MONTH);
    }

    @Test
    void aMonthWithoutAYearTakesItFromThePublicationDate() {
        assertDate(only("The first meeting, held in Moscow in December, was cautious.", JAN_27_2022), "December",
                LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31), Precision.MONTH);
        assertDate(only("The public figures first met last December in Moscow.", LocalDate.of(2022, 12, 20)),
                "last December", LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31), Precision.MONTH);
        assertDate(only("A second round is planned for next January.", JAN_27_2022), "next January",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31), Precision.MONTH);
        assertDate(only("Встреча прошла в декабре.", JAN_27_2022), "декабре",
                LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31), Precision.MONTH);
        assertThat(find("Officials may meet again; they may 3 times a year.", JAN_27_2022)).isEmpty();
        assertThat(find("The first meeting, held in Moscow in December, was cautious.", null)).isEmpty();
    }

    @Test
    void yearsNeedAWordThatIntroducesATime() {
        assertDate(only("The first such meeting took place in 2021, officials said.", null), "2021",
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), Precision.YEAR);
        assertDate(only("Prices have risen since mid-2020.", null), "2020",
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), Precision.YEAR);
        assertDate(only("Соглашение действует в 2022 году.", null), "2022 году",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), Precision.YEAR);
        assertDate(only("The programme runs during 2021-2023.", null), "2021-2023",
                LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), Precision.YEAR);
        assertThat(find("Some 2000 people signed the letter.", null)).isEmpty();
    }

    @Test
    void dayAndMonthWithoutYearTakeTheYearNearestThePublication() {
        assertDate(only("The ambassador spoke at a press conference in Baku on January 26.", JAN_27_2022),
                "January 26", LocalDate.of(2022, 1, 26), LocalDate.of(2022, 1, 26), Precision.DAY);
        assertDate(only("The ambassador recalled the meeting of 23-24 December.", JAN_27_2022),
                "23-24 December", LocalDate.of(2021, 12, 23), LocalDate.of(2021, 12, 24), Precision.DAY);
        assertDate(only("Посол выступил 26 января на пресс-конференции.", LocalDate.of(2022, 12, 30)),
                "26 января", LocalDate.of(2023, 1, 26), LocalDate.of(2023, 1, 26), Precision.DAY);
    }

    @Test
    void relativeDatesAreSkippedWithoutAPublicationDate() {
        assertThat(find("The ambassador spoke on January 26, yesterday, last year and on Monday.", null)).isEmpty();
    }

    @Test
    void relativeDaysAndPeriods() {
        assertDate(only("The deputy prime ministers met yesterday in Moscow.", JAN_27_2022), "yesterday",
                LocalDate.of(2022, 1, 26), LocalDate.of(2022, 1, 26), Precision.DAY);
        assertDate(only("The first meeting took place late last year.", JAN_27_2022), "last year",
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), Precision.YEAR);
        assertDate(only("Встреча состоялась в прошлом году.", JAN_27_2022), "прошлом году",
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), Precision.YEAR);
        assertDate(only("More talks are planned next month.", JAN_27_2022), "next month",
                LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28), Precision.MONTH);
        assertDate(only("The commission met last week.", JAN_27_2022), "last week",
                LocalDate.of(2022, 1, 17), LocalDate.of(2022, 1, 23), Precision.DAY);
        assertDate(only("Переговоры продолжатся завтра.", JAN_27_2022), "завтра",
                LocalDate.of(2022, 1, 28), LocalDate.of(2022, 1, 28), Precision.DAY);
    }

    @Test
    void weekdaysResolveAgainstThePublicationDate() {
        assertDate(only("The commission met on Monday in Yerevan.", JAN_27_2022), "Monday",
                LocalDate.of(2022, 1, 24), LocalDate.of(2022, 1, 24), Precision.DAY);
        assertDate(only("The commission met on Thursday.", JAN_27_2022), "Thursday",
                JAN_27_2022, JAN_27_2022, Precision.DAY);
        assertDate(only("It will meet again next Tuesday.", JAN_27_2022), "next Tuesday",
                LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 1), Precision.DAY);
        assertDate(only("Комиссия собралась в прошлую среду.", JAN_27_2022), "прошлую среду",
                LocalDate.of(2022, 1, 26), LocalDate.of(2022, 1, 26), Precision.DAY);
        assertThat(find("Охрана окружающей среды и среда обитания.", JAN_27_2022)).isEmpty();
    }

    @Test
    void theMostSpecificRuleWinsAndNothingIsCountedTwice() {
        List<ExtractedDate> dates = find("Following the 44-day war in late 2020, the first meeting was held on "
                + "December 23-24, 2021, in Moscow; more meetings are expected in 2022.", JAN_27_2022);
        assertThat(dates).extracting(ExtractedDate::mention).containsExactly("2020", "December 23-24, 2021", "2022");
    }
}
