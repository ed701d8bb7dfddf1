package org.factbench.web.report;

import static org.factbench.web.report.Text.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.factbench.core.claim.Appearance;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.report.PublishedClaim;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.PublishedVerdict;
import org.factbench.core.report.ReportScale;
import org.factbench.core.report.ReportVersionSummary;
import org.factbench.core.report.TimelineEntry;
import org.factbench.web.report.ReportModel.EvidenceRow;
import org.factbench.web.report.ReportModel.Reviewer;
import org.factbench.web.report.ReportModel.SourceCount;
import org.springframework.stereotype.Component;

/**
 * The report as CommonMark. All data goes through {@link Text#markdown} (every ASCII punctuation escaped, line
 * breaks folded), so article text can neither format the report nor put live HTML into a renderer's output;
 * links are written only for http(s) URLs, in angle brackets, and only when the URL has nothing that could end one.
 * Writes to an {@link Appendable} so a dossier streams claim after claim.
 */
@Component
class ReportMarkdown {

    private final ReportFormat format;

    ReportMarkdown(ReportFormat format) {
        this.format = format;
    }

    String write(ReportModel model) {
        StringBuilder out = new StringBuilder(4096);
        write(model, out, 1);
        return out.toString();
    }

    /** @param level the heading level of the report's title (2 inside a dossier) */
    void write(ReportModel model, Appendable out, int level) {
        try {
            render(model, out, "#".repeat(level), "#".repeat(level + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(ReportModel model, Appendable out, String h1, String h2) throws IOException {
        PublishedReport report = model.report();
        PublishedClaim claim = report.claim();
        PublishedVerdict verdict = report.verdict();
        ReportScale scale = report.scale();
        out.append(h1).append(' ').append(markdown(format.text("report.markdown.title", claim.statement()))).append("\n\n");
        out.append(markdown(format.text("report.kicker", report.claimId(), report.version()))).append("  \n")
                .append(markdown(format.text("report.claimant") + " " + claim.claimant())).append("\n\n");

        out.append(h2).append(' ').append(markdown(format.text("report.verdict") + ": " + verdict.label())).append("\n\n");
        out.append(markdown(scale.position() == null ? format.text("report.meter.ungraded", verdict.label())
                : format.text("report.meter.position", verdict.label(), scale.position(), scale.best()))).append("  \n");
        if (scale.position() != null) out.append('`').append(textMeter(scale)).append("`\n\n");
        else out.append('\n');
        for (String paragraph : Text.clean(verdict.summary()).split("\\n\\s*\\n")) {
            out.append(markdown(paragraph.strip())).append("\n\n");
        }

        out.append(h2).append(' ').append(markdown(format.text("report.appearances"))).append("\n\n");
        Appearance first = claim.firstAppearance().orElse(null);
        for (Appearance a : claim.appearances()) {
            out.append("- ").append(markdown(ReportFormat.day(a.appearedOn())));
            if (a.outlet() != null) out.append(" · ").append(markdown(a.outlet()));
            out.append(" · ").append(link(a.url()));
            if (a == first) out.append(" **").append(markdown(format.text("report.appearances.first"))).append("**");
            out.append('\n');
        }
        out.append('\n');

        out.append(h2).append(' ').append(markdown(format.text("report.evidence", model.evidence().size()))).append("\n\n");
        for (EvidenceRow row : model.evidence()) {
            EvidenceView link = row.link();
            out.append(Integer.toString(row.number())).append(". **").append(markdown(format.code("report.stance.", link.stance().name())))
                    .append("**: …").append(markdown(row.source().contextBefore())).append("**").append(markdown(link.quoteExact()))
                    .append("**").append(markdown(row.source().contextAfter())).append("…\n");
            out.append("   - ").append(markdown(row.link().articleTitle())).append(" · ").append(markdown(row.sourceName()));
            if (!row.source().articleAuthors().isEmpty()) out.append(" · ").append(markdown(String.join(", ", row.source().articleAuthors())));
            out.append(" · ").append(markdown(link.articlePublished() == null ? format.text("report.evidence.undated")
                    : ReportFormat.day(link.articlePublished())))
                    .append(" · ").append(markdown(format.text("report.evidence.version", link.articleVersion()))).append('\n');
            if (link.articleUrl() != null) out.append("   - ").append(link(link.articleUrl())).append('\n');
            if (link.orphaned()) out.append("   - ").append(markdown(format.text("report.evidence.orphaned"))).append('\n');
            if (link.note() != null && !link.note().isBlank()) {
                out.append("   - ").append(markdown(format.text("report.evidence.note") + " " + link.note())).append('\n');
            }
        }
        out.append('\n');

        if (!model.bySource().isEmpty()) {
            out.append(h2).append(' ').append(markdown(format.text("report.chart"))).append("\n\n");
            for (SourceCount source : model.bySource()) {
                out.append("- ").append(markdown(source.source())).append(": ").append(markdown(format.text("report.chart.bar",
                        source.counts().getOrDefault(Stance.SUPPORTS, 0), source.counts().getOrDefault(Stance.REFUTES, 0),
                        source.counts().getOrDefault(Stance.CONTEXT, 0)))).append('\n');
            }
            out.append('\n');
        }

        out.append(h2).append(' ').append(markdown(format.text("report.review"))).append("\n\n")
                .append(markdown(format.text("report.approval", verdict.approver().displayName(), ReportFormat.when(verdict.approvedAt()),
                        verdict.proposer().displayName(), ReportFormat.when(verdict.proposedAt())))).append("\n\n");
        for (Reviewer reviewer : model.reviewers()) {
            out.append("- ").append(markdown(ReportFormat.when(reviewer.at()) + " · " + reviewer.name() + " "
                    + format.text("report.role." + reviewer.role(), model.ratingLabel(reviewer.rating()))
                    + (reviewer.note() == null || reviewer.note().isBlank() ? "" : ": " + reviewer.note()))).append('\n');
        }
        out.append('\n');

        if (!report.timeline().isEmpty()) {
            out.append(h2).append(' ').append(markdown(format.text("report.timeline"))).append("\n\n");
            for (TimelineEntry entry : report.timeline()) {
                out.append("- ").append(markdown(ReportFormat.when(entry.occurredAt()) + " · " + entry.actorName() + " "
                        + format.code("report.action.", entry.action())
                        + (entry.note() == null || entry.note().isBlank() ? "" : " — " + entry.note()))).append('\n');
            }
            out.append('\n');
        }

        out.append(h2).append(' ').append(markdown(format.text("report.corrections"))).append("\n\n");
        if (report.versions().size() <= 1) {
            out.append(markdown(format.text("report.corrections.none"))).append("\n\n");
        } else {
            for (ReportVersionSummary v : report.versions()) {
                out.append("- ").append(markdown(format.text("report.corrections.line", v.versionNo(), ReportFormat.day(v.publishedAt()),
                        v.whatChanged() == null ? format.text("report.corrections.first") : v.whatChanged(),
                        v.whyChanged() == null ? "" : v.whyChanged()))).append('\n');
            }
            out.append('\n');
        }
        out.append("---\n\n").append(markdown(format.text("report.footer", report.version(), ReportFormat.when(report.publishedAt()),
                ReportFormat.when(model.generatedAt())))).append("  \n").append(link(model.url())).append("\n\n");
    }

    /** The meter in text: one box per graded step, worst to best, the verdict's filled. */
    private static String textMeter(ReportScale scale) {
        StringBuilder meter = new StringBuilder();
        for (int position = 1; position <= scale.best(); position++) meter.append(position == scale.position() ? '■' : '□');
        return meter.toString();
    }

    static String link(String url) {
        String safe = Text.safeUrl(url);
        if (safe == null || safe.contains("<") || safe.contains(">") || safe.contains("\\")) return markdown(url);
        return "<" + safe + ">";
    }
}
