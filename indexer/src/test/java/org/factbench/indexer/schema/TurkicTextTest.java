package org.factbench.indexer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TurkicTextTest {

    @Test
    void capital_I_is_dotless_and_capital_dotted_I_is_i() {
        assertThat(TurkicText.fold("IĞDIR İlham SIRAVİ İNSANLAR")).isEqualTo("ığdır ilham sıravi insanlar");
    }

    @Test
    void the_other_letters_lower_case_as_usual_and_keep_their_accents() {
        assertThat(TurkicText.fold("ŞƏKİ ÇÖL ÜZÜM Ağ")).isEqualTo("şəki çöl üzüm ağ");
    }

    @Test
    void an_apostrophe_before_a_suffix_becomes_a_space_and_other_apostrophes_stay() {
        assertThat(TurkicText.fold("Kars'ta Türkiye’nin 'alıntı'")).isEqualTo("kars ta türkiye nin 'alıntı'");
    }

    @Test
    void every_character_keeps_its_place_so_offsets_stay_true() {
        String text = "İstanbul'da I\u0307 \uD83D\uDE00 ΣΑΣ";
        assertThat(TurkicText.fold(text)).hasSameSizeAs(text);
    }
}
