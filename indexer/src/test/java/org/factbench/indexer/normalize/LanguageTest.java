package org.factbench.indexer.normalize;

import org.factbench.indexer.parse.ParseSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageTest {

    private static LanguageGuesser guesser;

    @BeforeAll
    static void buildOnce() {
        guesser = new LanguageGuesser(ParseSettings.DEFAULT_LANGUAGES);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | The first meeting of public figures from the two countries took place in Moscow in late December, the ambassador told reporters on Wednesday.",
        "ru | Первая встреча общественных деятелей двух стран состоялась в Москве в конце декабря, сообщил журналистам посол в среду.",
        "az | İki ölkənin ictimai xadimlərinin ilk görüşü dekabrın sonunda Moskvada keçirilib, səfir çərşənbə günü jurnalistlərə bildirib.",
        "hy | Երկու երկրների հասարակական գործիչների առաջին հանդիպումը տեղի է ունեցել Մոսկվայում դեկտեմբերի վերջին, հայտնել է դեսպանը։",
        "ka | ორი ქვეყნის საზოგადო მოღვაწეების პირველი შეხვედრა დეკემბრის ბოლოს მოსკოვში გაიმართა, განუცხადა ელჩმა ჟურნალისტებს.",
        "tr | İki ülkenin kamuoyu temsilcilerinin ilk toplantısı aralık ayının sonunda Moskova'da yapıldı, büyükelçi çarşamba günü gazetecilere söyledi.",
        "uk | Перша зустріч громадських діячів двох країн відбулася в Москві наприкінці грудня, повідомив журналістам посол у середу.",
        "en | FIRST MEETING OF PUBLIC FIGURES FROM THE TWO COUNTRIES HELD IN MOSCOW, AMBASSADOR SAYS"})
    void recognizesTheRegionsLanguages(String expected, String text) {
        assertThat(guesser.guess(text)).isEqualTo(expected);
    }

    @Test
    void saysNothingWhenThereIsNothingToGoOn() {
        assertThat(guesser.guess("")).isNull();
        assertThat(guesser.guess("12 345 678 90")).isNull();
    }

    @Test
    void doesNotForceALanguageOutsideTheConfiguredOnesIntoOneOfThem() {
        String swedish = "Det första mötet mellan offentliga personer från de två länderna hölls i Moskva i slutet av "
                + "december, sade ambassadören till journalister på onsdagen.";
        assertThat(new LanguageGuesser(List.of("en", "sv")).guess(swedish)).isEqualTo("sv");
        assertThat(guesser.guess(swedish)).isNull();
        String german = "Das erste Treffen von Persönlichkeiten des öffentlichen Lebens beider Länder fand Ende Dezember "
                + "in Moskau statt, sagte der Botschafter am Mittwoch.";
        assertThat(new LanguageGuesser(List.of("en", "de")).guess(german)).isEqualTo("de");
        assertThat(guesser.guess(german)).as("German is not a corpus language").isNull();
    }

    @Test
    void detectsEveryCorpusLanguageByDefault() {
        assertThat(guesser.languages()).containsExactlyElementsOf(org.factbench.core.corpus.CorpusLanguage.codes());
    }

    @Test
    void refusesCodesTheDetectorDoesNotKnow() {
        assertThatThrownBy(() -> new LanguageGuesser(List.of("en", "xx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xx'");
        assertThatThrownBy(() -> new LanguageGuesser(List.of("en")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String english = "The ambassador told reporters on Wednesday that the meeting took place in Moscow.";
        String russian = "Посол сообщил журналистам в среду, что встреча состоялась в Москве.";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String text = i % 2 == 0 ? english : russian;
                guesses.add(pool.submit(() -> guesser.guess(text)));
            }
            for (int i = 0; i < guesses.size(); i++) {
                assertThat(guesses.get(i).get()).isEqualTo(i % 2 == 0 ? "en" : "ru");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @CsvSource({"en-US,en", "en_GB,en", "EN,en", "rus,ru", "arm,hy", "Russian,ru", "az-Latn-AZ,az", "ka,ka"})
    void readsLanguageTagsAsSourcesWriteThem(String tag, String code) {
        assertThat(LanguageCodes.toIso639_1(tag)).isEqualTo(code);
    }

    @Test
    void unknownTagsGiveNull() {
        assertThat(LanguageCodes.toIso639_1("x-default")).isNull();
        assertThat(LanguageCodes.toIso639_1("zz")).isNull();
        assertThat(LanguageCodes.toIso639_1(null)).isNull();
    }
}
