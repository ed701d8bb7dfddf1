package org.factbench.indexer.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factbench.indexer.segment.ExtractedDate;
import org.factbench.indexer.segment.ExtractedNumber;

/**
 * A paragraph or sentence of the current version of an article, with the article's metadata copied in for
 * filters. Doc id = {@link #id(String, int, int)}; {@code start}/{@code end} are offsets into that version's body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PassageDocument(
        String articleId,
        int version,
        int ordinal,
        String kind,
        int paragraph,
        int start,
        int end,
        String text,
        String title,
        String url,
        String outlet,
        List<String> authors,
        OffsetDateTime published,
        String language,
        String duplicateOf,
        List<DateRange> dateRanges,
        List<Double> numberValues,
        List<ExtractedDate> dates,
        List<ExtractedNumber> numbers) {

    /** A {@code date_range} value: the days a date mention can mean ("in 2021" spans the year). */
    public record DateRange(LocalDate gte, LocalDate lte) {
    }

    public PassageDocument {
        authors = authors == null ? List.of() : List.copyOf(authors);
        dateRanges = dateRanges == null ? List.of() : List.copyOf(dateRanges);
        numberValues = numberValues == null ? List.of() : List.copyOf(numberValues);
        dates = dates == null ? List.of() : List.copyOf(dates);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    /** Stable passage id: the same article version segmented the same way gives the same ids. */
    public static String id(String articleId, int version, int ordinal) {
        return articleId + ":" + version + ":" + ordinal;
    }

    public String id() {
        return id(articleId, version, ordinal);
    }

    /** Text and title again under the fields of the passage's language, analyzed for that language. */
    @JsonAnyGetter
    public Map<String, Object> languageFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        Languages.localized("text", language, text).ifPresent(f -> fields.put(f.getKey(), f.getValue()));
        Languages.localized("title", language, title).ifPresent(f -> fields.put(f.getKey(), f.getValue()));
        return fields;
    }
}
