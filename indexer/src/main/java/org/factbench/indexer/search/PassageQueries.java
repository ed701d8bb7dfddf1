package org.factbench.indexer.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.MultiMatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.indexer.schema.Languages;

/**
 * The passage query: words anywhere in the passage text, in the language-neutral field and in the per-language
 * fields (so "встреча" finds "встречи" in Russian articles and "meetings" finds "meeting" in English ones), with
 * extra weight for the words as a phrase and for words in the article title; filters never score. A language
 * whose fields hold the text in its own casing (Azerbaijani, Turkish) is searched with the query in that casing.
 */
final class PassageQueries {

    /** With up to two words all must match; with more, 70 % of them. */
    static final String MINIMUM_SHOULD_MATCH = "2<70%";

    private PassageQueries() {
    }

    static boolean hasText(PassageQuery query) {
        return query.text() != null && !query.text().isBlank();
    }

    /** The analyzed text fields searched: all languages, or the one the search is filtered on. */
    static List<String> textFields(PassageQuery query) {
        return fields("text", query.language());
    }

    static List<String> fields(String base, String language) {
        List<String> fields = new ArrayList<>();
        fields.add(base);
        if (language != null) {
            Languages.field(base, language).ifPresent(fields::add);
        } else {
            Languages.ALL.forEach(l -> fields.add(base + "_" + l.code()));
        }
        return fields;
    }

    static Query build(PassageQuery query) {
        List<Query> filters = filters(query);
        if (!hasText(query)) {
            return Query.of(q -> q.bool(b -> b.filter(filters)));
        }
        String text = query.text().strip();
        List<String> textFields = textFields(query);
        List<String> titleFields = fields("title", query.language());
        return Query.of(q -> q.bool(b -> b
                .must(across(text, textFields, 0.3, 1.0f, m -> m.type(TextQueryType.BestFields).tieBreaker(0.3)
                        .minimumShouldMatch(MINIMUM_SHOULD_MATCH)))
                .should(across(text, textFields, 0.0, 2.0f, m -> m.type(TextQueryType.Phrase).slop(2)))
                .should(across(text, titleFields, 0.0, 0.5f, m -> m.type(TextQueryType.BestFields)))
                .filter(filters)));
    }

    /**
     * A multi_match of {@code text} over {@code fields}; when some fields need the text in another form (the
     * Turkic casing), one multi_match per form under a dis_max with the same tie breaker, which scores as the
     * single multi_match would.
     */
    private static Query across(String text, List<String> fields, double tieBreaker, float boost,
                                UnaryOperator<MultiMatchQuery.Builder> shape) {
        Map<String, List<String>> fieldsByForm = new LinkedHashMap<>();
        for (String field : fields) {
            fieldsByForm.computeIfAbsent(form(text, field), f -> new ArrayList<>()).add(field);
        }
        if (fieldsByForm.size() == 1) {
            return Query.of(q -> q.multiMatch(m -> shape.apply(m.query(text).fields(fields)).boost(boost)));
        }
        List<Query> queries = new ArrayList<>();
        fieldsByForm.forEach((form, group) -> queries.add(Query.of(q -> q.multiMatch(m -> shape.apply(m.query(form)
                .fields(group))))));
        return Query.of(q -> q.disMax(d -> d.queries(queries).tieBreaker(tieBreaker).boost(boost)));
    }

    private static String form(String text, String field) {
        int underscore = field.lastIndexOf('_');
        return underscore < 0 ? text
                : Languages.of(field.substring(underscore + 1)).map(language -> language.indexed(text)).orElse(text);
    }

    private static List<Query> filters(PassageQuery query) {
        List<Query> filters = new ArrayList<>();
        if (query.language() != null && !query.language().isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("language").value(FieldValue.of(query.language())))));
        }
        if (query.outlet() != null && !query.outlet().isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("outlet").value(FieldValue.of(query.outlet())))));
        }
        if (query.publishedFrom() != null || query.publishedTo() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("published").format("strict_date");
                if (query.publishedFrom() != null) {
                    d.gte(query.publishedFrom().toString());
                }
                if (query.publishedTo() != null) {
                    // Rounded up to the end of that day: "to 2021-12-24" includes the 24th.
                    d.lte(query.publishedTo() + "||/d");
                }
                return d;
            }))));
        }
        return filters;
    }
}
