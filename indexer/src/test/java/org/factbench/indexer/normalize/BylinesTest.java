package org.factbench.indexer.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BylinesTest {

    @Test
    void splitsCommonBylines() {
        assertThat(Bylines.split("By Jane Roe and John Doe")).containsExactly("Jane Roe", "John Doe");
        assertThat(Bylines.split("Par Alexandre Hervaud et Jérémy Piette")).containsExactly("Alexandre Hervaud", "Jérémy Piette");
        assertThat(Bylines.split("by Stella Kim, Jennifer Jett")).containsExactly("Stella Kim", "Jennifer Jett");
        assertThat(Bylines.split("Nicolas Perriault —")).containsExactly("Nicolas Perriault");
        assertThat(Bylines.split("Bradley M. Kuhn (http://ebb.org/bkuhn/)")).containsExactly("Bradley M. Kuhn");
    }

    @Test
    void dropsAnAgencyCreditNextToAReporterButKeepsItAlone() {
        assertThat(Bylines.clean(List.of("By Janie Gabbett, Reuters"), null)).containsExactly("Janie Gabbett");
        assertThat(Bylines.clean(List.of("Reuters"), null)).containsExactly("Reuters");
        assertThat(Bylines.clean(List.of("Vugar Khalilov", "Azernews"), "Azernews")).containsExactly("Vugar Khalilov");
    }

    @Test
    void dropsWhatIsNotAName() {
        assertThat(Bylines.clean(List.of("April 28, 2019 at 6:01 am", "https://example.org/jane", "Jane Roe", "jane roe"), null))
                .containsExactly("Jane Roe");
    }
}
