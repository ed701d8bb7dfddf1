package org.factbench.web.report;

import static org.factbench.web.report.Text.html;

import java.util.List;
import org.factbench.core.claim.Appearance;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.report.EvidenceSource;
import org.factbench.core.report.PublishedClaim;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.PublishedVerdict;
import org.factbench.core.report.ReportVersionSummary;
import org.factbench.core.report.TimelineEntry;
import org.factbench.web.report.ReportModel.EvidenceRow;
import org.factbench.web.report.ReportModel.Reviewer;
import org.factbench.web.report.ReportModel.SourceCount;
import org.springframework.stereotype.Component;

/**
 * The one report template: the in-app page shows its {@link #article}, the public page and the PDF wrap the same
 * article in a {@link #document}. Output is well-formed XHTML (the PDF renderer parses it as XML) and every piece
 * of data goes through {@link Text#html}; untrusted text sits in {@code <bdi>} so a right-to-left quote cannot
 * reorder the text around it. Layout is CSS 2.1 tables and blocks, which browsers and the PDF renderer agree on.
 */
@Component
class ReportHtml {

    /** How a whole document is laid out: a web page, a PDF with page numbers, or a part of a dossier PDF. */
    enum Media { PAGE, PDF, DOSSIER_PART }

    private final ReportFormat format;

    ReportHtml(ReportFormat format) {
        this.format = format;
    }

    String document(ReportModel model, Media media, String headExtra) {
        PublishedClaim claim = model.report().claim();
        return head(format.text("report.title", abbreviated(claim.statement())), media, headExtra, bookmark(model))
                + article(model) + "</body></html>";
    }

    String head(String title, Media media, String headExtra, String bookmarks) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + html(title) + "</title><style>" + ReportStyle.css(media) + "</style>" + headExtra
                + (media == Media.PAGE ? "" : bookmarks) + "</head><body class=\"fb-report-body\">";
    }

    private String bookmark(ReportModel model) {
        return "<bookmarks><bookmark name=\"" + html(abbreviated(model.report().claim().statement()))
                + "\" href=\"#report-" + model.report().claimId() + "\"/></bookmarks>";
    }

    String article(ReportModel model) {
        PublishedReport report = model.report();
        PublishedClaim claim = report.claim();
        StringBuilder out = new StringBuilder(8192 + report.evidence().size() * 1200);
        out.append("<article class=\"fb-report\" id=\"report-").append(report.claimId()).append('"');
        if (claim.language() != null && claim.language().matches("[a-z]{2,3}")) out.append(" lang=\"").append(claim.language()).append('"');
        out.append('>');
        out.append("<header class=\"fb-report-header\"><p class=\"fb-report-kicker\">")
                .append(html(format.text("report.kicker", report.claimId(), report.version()))).append("</p>")
                .append("<h1 class=\"fb-report-claim\"><bdi>").append(html(claim.statement())).append("</bdi></h1>")
                .append("<p class=\"fb-report-claimant\">").append(html(format.text("report.claimant"))).append(" <bdi>")
                .append(html(claim.claimant())).append("</bdi></p></header>");
        verdict(out, model);
        appearances(out, claim);
        evidence(out, model);
        chart(out, model);
        review(out, model);
        timeline(out, report.timeline());
        corrections(out, report);
        out.append("<footer class=\"fb-report-footer\"><p>")
                .append(html(format.text("report.footer", report.version(), ReportFormat.when(report.publishedAt()),
                        ReportFormat.when(model.generatedAt()))))
                .append("</p><p class=\"fb-url\">").append(link(model.url(), model.url())).append("</p></footer>");
        return out.append("</article>").toString();
    }

    private void verdict(StringBuilder out, ReportModel model) {
        PublishedReport report = model.report();
        PublishedVerdict verdict = report.verdict();
        var scale = report.scale();
        String position = scale.position() == null ? format.text("report.meter.ungraded", verdict.label())
                : format.text("report.meter.position", verdict.label(), scale.position(), scale.best());
        out.append("<section class=\"fb-report-verdict\"><h2>").append(html(format.text("report.verdict"))).append("</h2>")
                .append("<p class=\"fb-verdict-label\" style=\"color: ").append(ReportGraphics.colour(verdict.colour())).append("\">")
                .append(html(verdict.label())).append("</p>")
                .append("<div class=\"fb-meter\" role=\"img\" aria-label=\"").append(html(position)).append("\">")
                .append(ReportGraphics.meter(scale)).append("</div>");
        var graded = scale.gradedSteps();
        if (!graded.isEmpty()) {
            out.append("<div class=\"fb-meter-ends\"><span class=\"fb-best\">").append(html(graded.getFirst().label()))
                    .append("</span><span class=\"fb-worst\">").append(html(graded.getLast().label())).append("</span></div>");
        }
        out.append("<p class=\"fb-meter-text\">").append(html(position)).append("</p>");
        out.append("<h3>").append(html(format.text("report.summary"))).append("</h3>");
        for (String paragraph : Text.clean(verdict.summary()).split("\\n\\s*\\n")) {
            out.append("<p class=\"fb-summary\"><bdi>").append(html(paragraph.strip())).append("</bdi></p>");
        }
        out.append("</section>");
    }

    private void appearances(StringBuilder out, PublishedClaim claim) {
        out.append("<section class=\"fb-report-appearances\"><h2>").append(html(format.text("report.appearances"))).append("</h2>");
        Appearance first = claim.firstAppearance().orElse(null);
        if (claim.appearances().isEmpty()) {
            out.append("<p>").append(html(format.text("report.appearances.none"))).append("</p>");
        } else {
            out.append("<ul class=\"fb-appearances\">");
            for (Appearance appearance : claim.appearances()) {
                out.append("<li>").append(html(ReportFormat.day(appearance.appearedOn())));
                if (appearance.outlet() != null) out.append(" · <bdi>").append(html(appearance.outlet())).append("</bdi>");
                out.append(" · <span class=\"fb-url\">").append(link(appearance.url(), appearance.url())).append("</span>");
                if (appearance == first) out.append(" <strong class=\"fb-first\">").append(html(format.text("report.appearances.first"))).append("</strong>");
                out.append("</li>");
            }
            out.append("</ul>");
        }
        out.append("</section>");
    }

    private void evidence(StringBuilder out, ReportModel model) {
        out.append("<section class=\"fb-report-evidence\"><h2>").append(html(format.text("report.evidence", model.evidence().size())))
                .append("</h2>");
        if (model.evidence().isEmpty()) {
            out.append("<p>").append(html(format.text("report.evidence.none"))).append("</p></section>");
            return;
        }
        out.append("<table class=\"fb-evidence\"><thead><tr><th class=\"fb-num\">#</th><th class=\"fb-quote-col\">")
                .append(html(format.text("report.evidence.quote"))).append("</th><th>")
                .append(html(format.text("report.evidence.stance"))).append("</th><th class=\"fb-source-col\">")
                .append(html(format.text("report.evidence.source"))).append("</th></tr></thead><tbody>");
        for (EvidenceRow row : model.evidence()) {
            EvidenceView link = row.link();
            EvidenceSource source = row.source();
            out.append("<tr id=\"evidence-").append(link.id()).append("\"><td class=\"fb-num\">").append(row.number()).append("</td>")
                    .append("<td class=\"fb-quote-col\"><p class=\"fb-context\"><bdi>…").append(html(source.contextBefore()))
                    .append("</bdi><mark class=\"fb-quote\"><bdi>").append(html(link.quoteExact())).append("</bdi></mark><bdi>")
                    .append(html(source.contextAfter())).append("…</bdi></p>");
            if (link.orphaned()) out.append("<p class=\"fb-warning\">").append(html(format.text("report.evidence.orphaned"))).append("</p>");
            if (link.note() != null && !link.note().isBlank()) {
                out.append("<p class=\"fb-note\"><strong>").append(html(format.text("report.evidence.note"))).append("</strong> <bdi>")
                        .append(html(link.note())).append("</bdi></p>");
            }
            out.append("</td><td><span class=\"fb-stance fb-stance-").append(link.stance().name().toLowerCase()).append("\">")
                    .append(html(format.code("report.stance.", link.stance().name()))).append("</span></td>")
                    .append("<td class=\"fb-source-col\"><p class=\"fb-source-title\"><bdi>").append(html(link.articleTitle())).append("</bdi></p>")
                    .append("<p class=\"fb-meta\"><bdi>").append(html(row.sourceName())).append("</bdi>");
            if (!source.articleAuthors().isEmpty()) out.append(" · <bdi>").append(html(String.join(", ", source.articleAuthors()))).append("</bdi>");
            out.append(" · ").append(html(link.articlePublished() == null ? format.text("report.evidence.undated")
                            : ReportFormat.day(link.articlePublished())))
                    .append(" · ").append(html(format.text("report.evidence.version", link.articleVersion()))).append("</p>")
                    .append("<p class=\"fb-url\">").append(link(link.articleUrl(), link.articleUrl())).append("</p></td></tr>");
        }
        out.append("</tbody></table></section>");
    }

    private void chart(StringBuilder out, ReportModel model) {
        if (model.evidence().isEmpty()) return;
        out.append("<section class=\"fb-report-chart\"><h2>").append(html(format.text("report.chart"))).append("</h2>")
                .append("<p class=\"fb-legend\">");
        for (Stance stance : Stance.values()) {
            out.append("<span class=\"fb-swatch\" style=\"background-color: ").append(ReportGraphics.STANCE_COLOURS.get(stance))
                    .append("\"> </span> ").append(html(format.code("report.stance.", stance.name()))).append(" (")
                    .append(model.byStance().get(stance)).append(")  ");
        }
        out.append("</p><table class=\"fb-chart\"><tbody>");
        int largest = model.bySource().stream().mapToInt(SourceCount::total).max().orElse(1);
        for (SourceCount source : model.bySource()) {
            out.append("<tr><td class=\"fb-chart-source\"><bdi>").append(html(source.source())).append("</bdi></td><td class=\"fb-chart-bar\">")
                    .append("<span role=\"img\" aria-label=\"")
                    .append(html(format.text("report.chart.bar", source.counts().getOrDefault(Stance.SUPPORTS, 0),
                            source.counts().getOrDefault(Stance.REFUTES, 0), source.counts().getOrDefault(Stance.CONTEXT, 0))))
                    .append("\">").append(ReportGraphics.stanceBar(source.counts(), largest)).append("</span></td><td class=\"fb-num\">")
                    .append(source.total()).append("</td></tr>");
        }
        out.append("</tbody></table></section>");
    }

    private void review(StringBuilder out, ReportModel model) {
        PublishedVerdict verdict = model.report().verdict();
        out.append("<section class=\"fb-report-review\"><h2>").append(html(format.text("report.review"))).append("</h2>")
                .append("<p class=\"fb-approval\">").append(html(format.text("report.approval", verdict.approver().displayName(),
                        ReportFormat.when(verdict.approvedAt()), verdict.proposer().displayName(), ReportFormat.when(verdict.proposedAt()))))
                .append("</p>");
        if (!model.reviewers().isEmpty()) {
            out.append("<ul class=\"fb-reviewers\">");
            for (Reviewer reviewer : model.reviewers()) {
                out.append("<li>").append(html(ReportFormat.when(reviewer.at()))).append(" · <bdi>").append(html(reviewer.name()))
                        .append("</bdi> ").append(html(format.text("report.role." + reviewer.role(), model.ratingLabel(reviewer.rating()))));
                if (reviewer.note() != null && !reviewer.note().isBlank()) out.append(": <bdi>").append(html(reviewer.note())).append("</bdi>");
                out.append("</li>");
            }
            out.append("</ul>");
        }
        out.append("</section>");
    }

    private void timeline(StringBuilder out, List<TimelineEntry> timeline) {
        if (timeline.isEmpty()) return;
        out.append("<section class=\"fb-report-timeline\"><h2>").append(html(format.text("report.timeline"))).append("</h2><ol class=\"fb-timeline\">");
        for (TimelineEntry entry : timeline) {
            out.append("<li><span class=\"fb-meta\">").append(html(ReportFormat.when(entry.occurredAt()))).append("</span> <bdi>")
                    .append(html(entry.actorName())).append("</bdi> ").append(html(format.code("report.action.", entry.action())));
            if (entry.note() != null && !entry.note().isBlank()) out.append(" — <bdi>").append(html(entry.note())).append("</bdi>");
            out.append("</li>");
        }
        out.append("</ol></section>");
    }

    private void corrections(StringBuilder out, PublishedReport report) {
        out.append("<section class=\"fb-report-corrections\"><h2>").append(html(format.text("report.corrections"))).append("</h2>");
        if (report.versions().size() <= 1) {
            out.append("<p>").append(html(format.text("report.corrections.none"))).append("</p></section>");
            return;
        }
        out.append("<table class=\"fb-corrections\"><thead><tr><th>").append(html(format.text("report.corrections.version")))
                .append("</th><th>").append(html(format.text("report.corrections.date"))).append("</th><th>")
                .append(html(format.text("report.corrections.what"))).append("</th><th>")
                .append(html(format.text("report.corrections.why"))).append("</th></tr></thead><tbody>");
        for (ReportVersionSummary version : report.versions()) {
            out.append("<tr><td class=\"fb-num\">").append(version.versionNo()).append("</td><td>")
                    .append(html(ReportFormat.day(version.publishedAt()))).append("</td><td><bdi>")
                    .append(html(version.whatChanged() == null ? format.text("report.corrections.first") : version.whatChanged()))
                    .append("</bdi></td><td><bdi>").append(html(version.whyChanged())).append("</bdi></td></tr>");
        }
        out.append("</tbody></table></section>");
    }

    /** An anchor for an http(s) URL, the text alone for anything else. */
    static String link(String url, String text) {
        String safe = Text.safeUrl(url);
        if (text == null) return "";
        return safe == null ? "<bdi>" + html(text) + "</bdi>"
                : "<a href=\"" + html(safe) + "\" rel=\"nofollow noopener noreferrer\">" + html(text) + "</a>";
    }

    static String abbreviated(String text) {
        return abbreviated(text, 80);
    }

    static String abbreviated(String text, int max) {
        String clean = Text.clean(text);
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
