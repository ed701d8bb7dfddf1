package org.factbench.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimSummary;
import org.factbench.core.report.ReportService;
import org.factbench.core.report.ReportVersionSummary;
import org.factbench.core.shared.PageResult;
import org.factbench.core.verdict.Rating;
import org.factbench.core.verdict.RatingScaleService;
import org.factbench.web.claim.board.BoardCsv;
import org.springframework.stereotype.Component;

/**
 * A collection's claims with their published verdicts as CSV, through the board's formula-safe writer: every
 * claim of the collection (published or not), read page by page, with its newest report's rating and date.
 */
@Component
class CollectionCsv {

    private static final int PAGE = 200;

    private final ClaimService claims;
    private final ReportService reports;
    private final RatingScaleService scale;
    private final ReportProperties properties;
    private final ReportFormat format;

    CollectionCsv(ClaimService claims, ReportService reports, RatingScaleService scale, ReportProperties properties,
            ReportFormat format) {
        this.claims = claims;
        this.reports = reports;
        this.scale = scale;
        this.properties = properties;
        this.format = format;
    }

    String write(long collectionId) {
        Map<Long, ReportVersionSummary> published = reports.latestInCollection(collectionId).stream()
                .collect(Collectors.toMap(ReportVersionSummary::claimId, Function.identity()));
        Map<String, String> labels = scale.ratings().stream().collect(Collectors.toMap(Rating::code, Rating::label));
        List<ClaimSummary> all = new ArrayList<>();
        ClaimFilter filter = new ClaimFilter(null, null, collectionId, null, null);
        for (int page = 0; ; page++) {
            PageResult<ClaimSummary> result = claims.search(filter, page, PAGE);
            all.addAll(result.items());
            if (result.items().size() < PAGE || all.size() >= result.total()) break;
        }
        List<String> header = List.of("claim_id", "statement", "claimant", "status", "verdict", "rating_code", "report_version",
                "published_at", "report_url");
        return BoardCsv.write(header, all, claim -> {
            ReportVersionSummary report = published.get(claim.id());
            List<String> cells = new ArrayList<>(List.of(Long.toString(claim.id()), Text.clean(claim.statement()),
                    Text.clean(claim.claimant()), format.code("report.status.", claim.status().name())));
            if (report == null) {
                cells.addAll(List.of("", "", "", "", ""));
            } else {
                cells.addAll(List.of(labels.getOrDefault(report.rating(), report.rating()), report.rating(),
                        Integer.toString(report.versionNo()), report.publishedAt().toString(),
                        properties.appReport(claim.id(), report.versionNo())));
            }
            return cells;
        });
    }
}
