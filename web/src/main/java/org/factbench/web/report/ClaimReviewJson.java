package org.factbench.web.report;

import java.util.Comparator;
import org.factbench.core.claim.Appearance;
import org.factbench.core.report.PublishedClaim;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.ReportScale;
import org.factbench.core.report.ReportVersionSummary;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org ClaimReview for a report, with the fields fact-check markup needs: claimReviewed, reviewRating
 * (ratingValue on the scale's numbers, bestRating, worstRating, alternateName), url, author (the organization),
 * datePublished (of the first version; dateModified for corrections) and itemReviewed, a Claim with its author
 * (the claimant), datePublished, appearance and firstAppearance. An ungraded verdict has no ratingValue.
 */
final class ClaimReviewJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaimReviewJson() {
    }

    static ObjectNode of(ReportModel model) {
        PublishedReport report = model.report();
        PublishedClaim claim = report.claim();
        ObjectNode review = JSON.createObjectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", model.url());
        review.put("claimReviewed", Text.clean(claim.statement()));
        String firstPublished = report.versions().stream().min(Comparator.comparingInt(ReportVersionSummary::versionNo))
                .map(v -> ReportFormat.day(v.publishedAt())).orElse(ReportFormat.day(report.publishedAt()));
        review.put("datePublished", firstPublished);
        if (report.version() > 1) review.put("dateModified", ReportFormat.day(report.publishedAt()));
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", model.publisher().name());
        if (model.publisher().url() != null) author.put("url", model.publisher().url());
        ReportScale scale = report.scale();
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        if (scale.position() != null) rating.put("ratingValue", scale.position());
        rating.put("bestRating", scale.best());
        rating.put("worstRating", scale.worst());
        rating.put("alternateName", Text.clean(scale.alternateName()));
        ObjectNode item = review.putObject("itemReviewed");
        item.put("@type", "Claim");
        ObjectNode claimant = item.putObject("author");
        claimant.put("@type", "Person");
        claimant.put("name", Text.clean(claim.claimant()));
        claim.firstAppearance().ifPresent(first -> {
            item.put("datePublished", ReportFormat.day(first.appearedOn()));
            item.set("firstAppearance", work(first));
        });
        ArrayNode appearances = item.putArray("appearance");
        claim.appearances().forEach(a -> appearances.add(work(a)));
        return review;
    }

    private static ObjectNode work(Appearance appearance) {
        ObjectNode work = JSON.createObjectNode();
        work.put("@type", "CreativeWork");
        work.put("url", appearance.url());
        work.put("datePublished", ReportFormat.day(appearance.appearedOn()));
        if (appearance.outlet() != null) {
            ObjectNode publisher = work.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", Text.clean(appearance.outlet()));
        }
        return work;
    }

    static String write(ObjectNode node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /**
     * The JSON for a {@code <script type="application/ld+json">} block. {@code <}, {@code >} and {@code &} only occur
     * inside JSON strings, where their unicode escapes mean the same to a JSON parser, so no {@code </script>} or
     * {@code <!--} in a quote can end or bend the block; U+2028/2029 are escaped for older script parsers.
     */
    static String forScriptBlock(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    static String scriptBlock(ObjectNode node) {
        return "<script type=\"application/ld+json\">" + forScriptBlock(write(node)) + "</script>";
    }
}
