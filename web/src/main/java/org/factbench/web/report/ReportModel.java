package org.factbench.web.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factbench.core.claim.VerdictView;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.report.EvidenceSource;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.verdict.Rating;

/**
 * What every format of one report shows, derived from the published snapshot alone (never from live claims or
 * the corpus) plus the two things a snapshot cannot know: when this copy is generated and where the report is read.
 *
 * @param url         the report's address for readers and machines (its public link, or its page in the app)
 * @param publisher   the organization named as the ClaimReview's author
 */
record ReportModel(PublishedReport report, Instant generatedAt, String url, Publisher publisher, List<EvidenceRow> evidence,
        List<Reviewer> reviewers, Map<Stance, Integer> byStance, List<SourceCount> bySource) {

    /** The fact-checking organization that publishes the reports. */
    record Publisher(String name, String url) {
    }

    /** One evidence link with its number in the report and what the snapshot kept about its article. */
    record EvidenceRow(int number, EvidenceView link, EvidenceSource source) {

        String sourceName() {
            if (link.articleOutlet() != null && !link.articleOutlet().isBlank()) return link.articleOutlet();
            if (link.articleUrl() != null) {
                try {
                    String host = java.net.URI.create(link.articleUrl()).getHost();
                    if (host != null) return host;
                } catch (IllegalArgumentException ignored) {
                    // not a URL after all: fall through to the article id
                }
            }
            return link.articleId();
        }
    }

    /**
     * Someone who proposed, reviewed or approved a verdict of this claim.
     *
     * @param role {@code PROPOSED} or the review's outcome ({@code APPROVED}, {@code CHANGES_REQUESTED}, ...)
     * @param rating the proposed rating's code
     */
    record Reviewer(String name, String role, String rating, Instant at, String note) {
    }

    /** How many links of each stance one source (outlet) gave. */
    record SourceCount(String source, Map<Stance, Integer> counts) {

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A rating code's label on the scale of the report's moment, else the code itself. */
    String ratingLabel(String code) {
        return report.scale().steps().stream().filter(r -> r.code().equals(code)).map(Rating::label).findFirst().orElse(code);
    }

    static ReportModel of(PublishedReport report, Instant generatedAt, String url, Publisher publisher) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (EvidenceView link : report.evidence()) {
            EvidenceSource source = report.source(link.id())
                    .orElseGet(() -> new EvidenceSource(link.id(), List.of(), null, link.quotePrefix(), link.quoteSuffix()));
            rows.add(new EvidenceRow(rows.size() + 1, link, source));
        }
        Map<Stance, Integer> byStance = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) byStance.put(stance, 0);
        Map<String, Map<Stance, Integer>> bySource = new LinkedHashMap<>();
        for (EvidenceRow row : rows) {
            byStance.merge(row.link().stance(), 1, Integer::sum);
            bySource.computeIfAbsent(row.sourceName(), s -> new EnumMap<>(Stance.class)).merge(row.link().stance(), 1, Integer::sum);
        }
        List<SourceCount> sources = bySource.entrySet().stream().map(e -> new SourceCount(e.getKey(), e.getValue()))
                .sorted((a, b) -> Integer.compare(b.total(), a.total())).toList();
        return new ReportModel(report, generatedAt, url, publisher, List.copyOf(rows), reviewers(report), byStance, sources);
    }

    private static List<Reviewer> reviewers(PublishedReport report) {
        List<Reviewer> people = new ArrayList<>();
        for (VerdictView proposal : report.verdictHistory()) {
            people.add(new Reviewer(proposal.proposer().displayName(), "PROPOSED", proposal.rating(), proposal.proposedAt(), null));
            if (proposal.reviewer() != null && proposal.outcome() != null) {
                people.add(new Reviewer(proposal.reviewer().displayName(), proposal.outcome().name(), proposal.rating(),
                        proposal.reviewedAt(), proposal.reviewNote()));
            }
        }
        return List.copyOf(people);
    }
}
