package org.factbench.indexer.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021-12-27                          | 2021-12-27T00:00Z",
        "2021-12-27T10:15:00+04:00           | 2021-12-27T10:15+04:00",
        "2015-07-24T05:36:09+01:00           | 2015-07-24T05:36:09+01:00",
        "2015-07-24T05:36:09Z                | 2015-07-24T05:36:09Z",
        "2015-07-24T05:36:09.123+0100        | 2015-07-24T05:36:09.123+01:00",
        "2021-12-27 10:15:00                 | 2021-12-27T10:15Z",
        "Tue, 10 Jun 2003 04:00:00 GMT       | 2003-06-10T04:00Z",
        "Mon, 27 Dec 2021 10:15:00 +0400     | 2021-12-27T10:15+04:00",
        "26-FEB-1987 15:01:01.79             | 1987-02-26T15:01:01.790Z",
        "27-MAR-1987 13:59:53.78F            | 1987-03-27T13:59:53.780Z",
        "31-MAR-1987 605:12:19.12            | 1987-03-31T00:00Z",
        "December 27, 2021                   | 2021-12-27T00:00Z",
        "27 December 2021                    | 2021-12-27T00:00Z",
        "1640600100                          | 2021-12-27T10:15Z",
        "1640600100000                       | 2021-12-27T10:15Z"})
    void readsTheDatesSourcesWrite(String text, String expected) {
        assertThat(Dates.parse(text)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "in 2021", "2021-13-45", "Moscow, 23-24 December"})
    void leavesWhatIsNotADateEmpty(String text) {
        assertThat(Dates.parse(text)).isNull();
    }
}
