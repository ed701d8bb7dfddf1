package org.factbench.web.search;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factbench.core.corpus.PassageQuery;

/**
 * What the user asked for; null filters are not applied. It travels in the URL ({@code ?q=&lang=&outlet=&from=&to=})
 * so a search can be shared, bookmarked and gone back to.
 */
public record SearchCriteria(String text, String language, String outlet, LocalDate from, LocalDate to) {

    static final String TEXT = "q";
    static final String LANGUAGE = "lang";
    static final String OUTLET = "outlet";
    static final String FROM = "from";
    static final String TO = "to";

    PassageQuery page(int page, int size) {
        return new PassageQuery(text, blankToNull(language), blankToNull(outlet), from, to, page, size);
    }

    /** The criteria as query parameters, empty ones left out. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(TEXT, text);
        if (blankToNull(language) != null) parameters.put(LANGUAGE, language.strip());
        if (blankToNull(outlet) != null) parameters.put(OUTLET, outlet.strip());
        if (from != null) parameters.put(FROM, from.toString());
        if (to != null) parameters.put(TO, to.toString());
        return parameters;
    }

    /** How many filters (language, outlet, from, to) are set. */
    public int filterCount() {
        return parameters().size() - 1;
    }

    public QueryParameters queryParameters() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        parameters().forEach((name, value) -> query.put(name, List.of(value)));
        return new QueryParameters(query);
    }

    /** The search in a URL, or empty when it has no words; unreadable dates are dropped. */
    public static Optional<SearchCriteria> from(QueryParameters query) {
        Optional<String> text = query.getSingleParameter(TEXT).map(String::strip).filter(t -> !t.isEmpty());
        return text.map(words -> new SearchCriteria(words, query.getSingleParameter(LANGUAGE).orElse(null),
                query.getSingleParameter(OUTLET).orElse(null), date(query, FROM), date(query, TO)));
    }

    private static LocalDate date(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
