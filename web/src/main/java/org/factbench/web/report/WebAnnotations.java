package org.factbench.web.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.web.report.ReportModel.EvidenceRow;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report's evidence links as W3C Web Annotations (an AnnotationCollection with one page): each annotation
 * assesses a passage, its bodies say the stance (purpose classifying), the checker's note (commenting) and the
 * claim it is evidence for (describing); its target is the article with a TextQuoteSelector and a
 * TextPositionSelector into the normalized text of the linked article version. Quotes are kept exactly as
 * linked, since a selector must match the source text to anchor.
 */
final class WebAnnotations {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebAnnotations() {
    }

    static ObjectNode of(ReportModel model) {
        ObjectNode collection = JSON.createObjectNode();
        collection.put("@context", CONTEXT);
        collection.put("id", model.url() + "#annotations");
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Evidence for: " + Text.clean(model.report().claim().statement()));
        collection.put("total", model.evidence().size());
        ObjectNode page = collection.putObject("first");
        page.put("id", model.url() + "#annotations-page-1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        for (EvidenceRow row : model.evidence()) items.add(annotation(model, row));
        return collection;
    }

    private static ObjectNode annotation(ReportModel model, EvidenceRow row) {
        EvidenceView link = row.link();
        ObjectNode annotation = JSON.createObjectNode();
        annotation.put("id", model.url() + "#evidence-" + link.id());
        annotation.put("type", "Annotation");
        annotation.put("motivation", "assessing");
        if (link.createdAt() != null) annotation.put("created", link.createdAt().toString());
        if (link.updatedAt() != null) annotation.put("modified", link.updatedAt().toString());
        if (link.author() != null) {
            ObjectNode creator = annotation.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", Text.clean(link.author().displayName()));
        }
        ArrayNode bodies = annotation.putArray("body");
        bodies.add(textual("classifying", link.stance().name().toLowerCase(Locale.ROOT)));
        if (link.note() != null && !link.note().isBlank()) bodies.add(textual("commenting", link.note()));
        bodies.add(textual("describing", model.report().claim().statement()));
        ObjectNode target = annotation.putObject("target");
        target.put("source", source(link));
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", link.quoteExact());
        quote.put("prefix", link.quotePrefix() == null ? "" : link.quotePrefix());
        quote.put("suffix", link.quoteSuffix() == null ? "" : link.quoteSuffix());
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", link.startOffset());
        position.put("end", link.endOffset());
        return annotation;
    }

    private static ObjectNode textual(String purpose, String value) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        body.put("value", Text.clean(value));
        body.put("format", "text/plain");
        return body;
    }

    /** The article's URL, or a URN naming the exact article version when it has none that a browser could open. */
    private static String source(EvidenceView link) {
        String url = Text.safeUrl(link.articleUrl());
        return url != null ? url : "urn:factbench:article:" + URLEncoder.encode(link.articleId(), StandardCharsets.UTF_8)
                + ":v" + link.articleVersion();
    }

    static String write(ObjectNode node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
