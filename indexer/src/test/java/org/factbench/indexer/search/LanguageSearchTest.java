package org.factbench.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factbench.core.corpus.CorpusLanguage;
import org.factbench.core.corpus.HighlightedText;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.ingest.SampleCorpus;
import org.factbench.indexer.schema.AnalyzerChoice;
import org.factbench.indexer.schema.AnalyzerChoice.Strategy;
import org.factbench.indexer.schema.Languages;
import org.factbench.indexer.schema.Languages.Language;
import org.factbench.indexer.schema.SchemaStatus;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search in every corpus language, with the sample corpus's own articles in each: a word form that is not in
 * the text finds it where a stemmer exists (hunspell here, the language analyzer on a full cluster), and
 * Azerbaijani and Turkish match across their own casing (I/ı, İ/i).
 */
class LanguageSearchTest {

    private static final Path HUNSPELL = Path.of("/usr/share/hunspell");

    static StoreFixture store;
    static SchemaStatus schema;

    @BeforeAll
    static void load() {
        store = new StoreFixture();
        schema = store.schema.ensure();
        LoadSummary summary = new SampleCorpus(store.loader).load(ProgressListener.NONE);
        assertThat(summary.failed()).isEmpty();
    }

    @AfterAll
    static void stop() throws IOException {
        store.close();
    }

    @Test
    void every_corpus_language_has_an_analyzer_of_its_own_and_a_stemmer_where_the_machine_has_a_dictionary() {
        assertThat(schema.analyzers()).containsOnlyKeys(CorpusLanguage.codes());
        for (Language language : Languages.ALL) {
            AnalyzerChoice choice = schema.analyzers().get(language.code());
            assertThat(choice.strategy()).as(choice.description()).isNotEqualTo(Strategy.STANDARD);
            if (language.hunspell() != null && dictionaryHere(language.code())) {
                assertThat(choice.strategy()).as("%s with Debian's %s dictionary (.ci/run installs it): %s",
                        language.code(), language.hunspell(), choice.description())
                        .isIn(Strategy.HUNSPELL, Strategy.BUILTIN);
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // English and Russian: other forms of the words in the text ("gathering", "встреча").
        "en | gatherings historian     | Caspian Ledger",
        "ru | встречи общественных     | Кавказский обозреватель",
        // Azerbaijani in capitals: SIRAVİ is "sıravi" (dotless I, dotted İ), İNSANLAR is "insanlar".
        "az | SIRAVİ İNSANLAR          | Şəki Səhəri",
        "az | irəvan                   | Şəki Səhəri",
        // Turkish: "görüşme" stems "görüşmelerde"; IĞDIR is "Iğdır'da" once the suffix is cut at the apostrophe.
        "tr | görüşme IĞDIR            | Kars Postası",
        // Ukrainian: "переговори" stems "переговорами" and "переговорів".
        "uk | переговори залізниця     | Чорноморський оглядач",
        // Armenian in capitals: lowercase works on the Armenian script.
        "hy | ՍԱՀՄԱՆԱՅԻՆ հանձնաժողովների | Գյումրիի լրաբեր",
        "ka | სადახლოს ბაზარზე         | თბილისის მიმომხილველი"})
    void a_search_in_the_language_finds_its_sample_article_and_marks_the_words(String language, String query,
                                                                                String outlet) {
        assumeTrue(dictionaryHere(language), () -> "Skipped: no hunspell dictionary for " + language + " in " + HUNSPELL
                + " (.ci/run installs Debian's; without it the analyzer does not stem, so other word forms miss).");
        List<PassageHit> hits = store.corpus.searchPassages(new PassageQuery(query, language, null, null, null, 0, 10))
                .hits();

        assertThat(hits).as("hits for '%s'", query).extracting(PassageHit::outlet).contains(outlet);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.language()).isEqualTo(language));
        assertThat(hits).filteredOn(hit -> hit.outlet().equals(outlet))
                .allSatisfy(hit -> assertThat(highlighted(hit.text())).as("marked words").isNotEmpty());
    }

    @Test
    void without_a_language_filter_turkic_casing_still_applies_to_the_turkic_fields() {
        List<PassageHit> hits = store.corpus.searchPassages(PassageQuery.of("SIRAVİ")).hits();

        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.language()).isEqualTo("az"));
        assertThat(highlighted(hits.getFirst().text())).containsOnly("sıravi");
    }

    @Test
    void the_stop_words_we_wrote_are_dropped_by_the_languages_analyzers() throws IOException {
        assertThat(tokens("fb_az", "Bakı və İrəvan üçün")).containsExactly("bakı", "irəvan");
        assertThat(tokens("fb_ka", "სადახლო და თბილისი")).containsExactly("სადახლო", "თბილისი");
        assertThat(tokens("fb_hy", "Գյումրի և Երևան")).doesNotContain("և").hasSize(2);
        assertThat(tokens("fb_uk", "Одеса та Батумі")).doesNotContain("та").hasSize(2);
    }

    /** Whether the language stems here; CI installs every dictionary Debian has, so there it is always true. */
    private static boolean dictionaryHere(String code) {
        Language language = Languages.ALL.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
        return language.hunspell() == null || "true".equals(System.getenv("CI"))
                || Files.isRegularFile(HUNSPELL.resolve(language.hunspell() + ".dic"));
    }

    private static List<String> tokens(String analyzer, String text) throws IOException {
        return store.client.indices().analyze(a -> a.index(store.names.passages()).analyzer(analyzer).text(text))
                .tokens().stream().map(t -> t.token()).toList();
    }

    private static List<String> highlighted(HighlightedText text) {
        return text.segments().stream().filter(HighlightedText.Segment::highlighted).map(HighlightedText.Segment::text)
                .toList();
    }
}
