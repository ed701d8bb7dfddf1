package org.factbench.web.report;

import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.VerdictOutcome;
import org.factbench.core.claim.VerdictView;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.evidence.anchor.AnchorState;
import org.factbench.core.report.Correction;
import org.factbench.core.report.EvidenceSource;
import org.factbench.core.report.PublishedClaim;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.PublishedVerdict;
import org.factbench.core.report.ReportScale;
import org.factbench.core.report.ReportVersionSummary;
import org.factbench.core.report.TimelineEntry;
import org.factbench.core.user.UserRef;
import org.factbench.core.verdict.Rating;
import org.factbench.web.base.ui.Messages;

/** Published snapshots written by us for format tests and the benchmark: multilingual, and hostile on request. */
final class ReportSamples {

    static final String AZ = "Azərbaycan və Ermənistan nümayəndələri ilk görüşü Moskvada keçirdilər: ə ğ ı ö ş ü Ə Ğ İ Ö Ş Ü";
    static final String RU = "Первая встреча общественных деятелей прошла в Москве 23–24 декабря 2021 года";
    static final String HY = "Հայ և ադրբեջանցի հասարակական գործիչների առաջին հանդիպումը տեղի ունեցավ Մոսկվայում";
    static final String HOSTILE = "<script>alert(1)</script></script><!-- x --> <img src=x onerror=alert(2)> "
            + "[click](javascript:alert(3)) **bold** _it_ # head | a | b | `code` \\ &amp; \u202Eevil\u202C \u200F"
            + " " + "W".repeat(400) + " javascript:alert(4)";
    static final List<Rating> SCALE = List.of(new Rating("TRUE", "True", "#1a7f37"), new Rating("MOSTLY_TRUE", "Mostly true", "#4d9a2a"),
            new Rating("HALF_TRUE", "Half true", "#b59a00"), new Rating("MISLEADING", "Misleading", "#d97706"),
            new Rating("MOSTLY_FALSE", "Mostly false", "#d4552a"), new Rating("FALSE", "False", "#b42318"),
            new Rating("UNPROVEN", "Unproven", "#6b7280"));
    static final Instant PUBLISHED = Instant.parse("2026-11-20T10:15:00Z");

    private ReportSamples() {
    }

    static PublishedReport report(long claimId, int links, boolean hostile) {
        String text = hostile ? HOSTILE : "";
        UserRef checker = new UserRef(1, "checker", "Demo Checker" + (hostile ? " " + HOSTILE.substring(0, 40) : ""));
        UserRef editor = new UserRef(2, "editor", "Demo Editor");
        PublishedClaim claim = new PublishedClaim(claimId, "The first meeting was held on 23-24 December 2021 in Moscow. " + AZ + " " + text,
                "A spokesperson " + RU + (hostile ? " " + HOSTILE : ""), "en", List.of("diplomacy"),
                List.of(new Appearance("https://news.example/later", LocalDate.of(2022, 1, 12), "Later Outlet"),
                        new Appearance("https://news.example/story?a=1&b=%3C2%3E", LocalDate.of(2022, 1, 10), "Example News " + text.substring(0, Math.min(text.length(), 120)))),
                null);
        PublishedVerdict verdict = new PublishedVerdict("MOSTLY_TRUE", "Mostly true", "#4d9a2a",
                "Two outlets give 23-24 December 2021 in Moscow.\n\n" + HY + " " + text, checker, PUBLISHED.minusSeconds(3600), editor, PUBLISHED);
        List<EvidenceView> evidence = new ArrayList<>();
        List<EvidenceSource> sources = new ArrayList<>();
        Stance[] stances = Stance.values();
        for (int i = 1; i <= links; i++) {
            long id = claimId * 1000 + i;
            String quote = (i % 3 == 0 ? HY : i % 3 == 1 ? RU : AZ) + " (" + i + ")" + (hostile ? " " + HOSTILE : "");
            evidence.add(new EvidenceView(id, claimId, "article-" + (i % 7), 1 + i % 2, 1 + i % 2, "Article title " + i + " " + text,
                    i % 5 == 0 ? "javascript:alert(5)" : "https://outlet" + (i % 4) + ".example/news/" + i, "Outlet " + (i % 4) + " " + text,
                    PUBLISHED.minusSeconds(86400L * i), quote, "before ", " after", 100 * i, 100 * i + quote.length(), quote,
                    stances[i % 3], i % 2 == 0 ? "A note on link " + i + " " + text : null, checker, PUBLISHED.minusSeconds(7200),
                    PUBLISHED.minusSeconds(7200), AnchorState.EXACT_POSITION, 1.0, 0));
            sources.add(new EvidenceSource(id, List.of("A. Reporter", "Б. Журналист " + text), "ru",
                    "Context before the quote " + text + " ", " context after the quote. " + text));
        }
        List<VerdictView> history = List.of(
                new VerdictView(1, "TRUE", "First try", checker, PUBLISHED.minusSeconds(9000), VerdictOutcome.CHANGES_REQUESTED, editor,
                        PUBLISHED.minusSeconds(8000), "Add a second source " + text),
                new VerdictView(2, "MOSTLY_TRUE", "Two outlets", checker, PUBLISHED.minusSeconds(3600), VerdictOutcome.APPROVED, editor,
                        PUBLISHED, null));
        List<TimelineEntry> timeline = List.of(new TimelineEntry(PUBLISHED.minusSeconds(20000), "checker", "CLAIM_CREATED", null),
                new TimelineEntry(PUBLISHED.minusSeconds(9000), "checker", "VERDICT_PROPOSED", text.isEmpty() ? null : text),
                new TimelineEntry(PUBLISHED.minusSeconds(8000), "editor", "CHANGES_REQUESTED", "Add a second source"));
        List<ReportVersionSummary> versions = List.of(
                new ReportVersionSummary(claimId, 1, PUBLISHED.minusSeconds(86400 * 3), "TRUE", "editor", null, null),
                new ReportVersionSummary(claimId, 2, PUBLISHED, "MOSTLY_TRUE", "editor", "Rating changed to Mostly true " + text,
                        "A second source gave another date " + text));
        return new PublishedReport(claimId, 2, PUBLISHED, claim, verdict, evidence, history,
                new Correction("Rating changed to Mostly true", "A second source gave another date"), PublishedReport.CURRENT_FORMAT,
                new ReportScale(SCALE, 6, 1, 5, "Mostly true"), sources, timeline, versions);
    }

    static ReportModel model(PublishedReport report) {
        return ReportModel.of(report, Instant.parse("2026-12-01T08:00:00Z"), "https://factbench.example/report/" + report.claimId() + "/2",
                new ReportModel.Publisher("Factbench Test Desk", "https://factbench.example"));
    }

    static ReportFormat format() {
        try {
            Constructor<Messages> constructor = Messages.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return new ReportFormat(constructor.newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    }
}
