package org.factbench.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CorpusLanguageTest {

    @Test
    void the_list_holds_the_languages_of_the_regions_sources() {
        assertThat(CorpusLanguage.codes()).containsExactly("en", "ru", "az", "hy", "ka", "tr", "uk");
    }

    @Test
    void every_language_has_a_name_in_english_and_in_russian() {
        assertThat(CorpusLanguage.AZERBAIJANI.label(Locale.ENGLISH)).isEqualTo("Azerbaijani");
        assertThat(CorpusLanguage.GEORGIAN.label(Locale.ENGLISH)).isEqualTo("Georgian");
        assertThat(CorpusLanguage.ARMENIAN.label(Locale.of("ru"))).isEqualTo("Армянский");
        for (CorpusLanguage language : CorpusLanguage.values()) {
            assertThat(language.label(Locale.ENGLISH)).as(language.code()).isNotEqualTo(language.code());
        }
    }

    @Test
    void a_code_is_found_whatever_its_case_and_an_unknown_one_keeps_its_code_as_label() {
        assertThat(CorpusLanguage.ofCode(" HY ")).contains(CorpusLanguage.ARMENIAN);
        assertThat(CorpusLanguage.ofCode("de")).isEmpty();
        assertThat(CorpusLanguage.labelOf("de", Locale.ENGLISH)).isEqualTo("de");
        assertThat(CorpusLanguage.labelOf("tr", Locale.ENGLISH)).isEqualTo("Turkish");
    }
}
