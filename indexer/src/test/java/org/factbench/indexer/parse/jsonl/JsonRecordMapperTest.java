package org.factbench.indexer.parse.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import org.factbench.indexer.testing.GeneratedText;
import org.junit.jupiter.api.Test;

class JsonRecordMapperTest {

    @Test
    void markupIsFoundWhereAFindOverTheWholeTextFindsIt() {
        GeneratedText texts = new GeneratedText("<", ">", "/", "p", "P", "br", " ", "\n", "div", "<VDO AG>", "a", "<p>",
                "</b>", "<br/>", "<br >", "< p>", "h7", "h1", "text", "<<", "</", "em", "<pre>", "\t");
        int withMarkup = 0;
        for (int i = 0; i < 20_000; i++) {
            String generated = texts.next(12);
            boolean expected = JsonRecordMapper.HTML_MARKUP.matcher(generated).find();
            assertThat(JsonRecordMapper.hasMarkup(generated)).as(generated).isEqualTo(expected);
            withMarkup += expected ? 1 : 0;
        }
        // Both answers must occur often, or the comparison proves little.
        assertThat(withMarkup).isBetween(2_000, 18_000);
    }

    @Test
    void newswireTickersInAngleBracketsAreNotMarkup() {
        assertThat(JsonRecordMapper.hasMarkup("Shares of <VDO Adolf Schindling AG> rose; <TCSF.PA> fell.")).isFalse();
        assertThat(JsonRecordMapper.hasMarkup("First.<br>Second.")).isTrue();
        assertThat(JsonRecordMapper.hasMarkup("<p>Lead</p>")).isTrue();
    }
}
