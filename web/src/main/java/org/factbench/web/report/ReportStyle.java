package org.factbench.web.report;

/**
 * The report's stylesheet, one for every medium: CSS 2.1 that browsers and openhtmltopdf both lay out the same,
 * plus page rules for PDF. Long words and URLs break anywhere rather than run off the page.
 */
final class ReportStyle {

    private static final String BASE = """
            .fb-report { font-family: 'DejaVu Sans', 'Noto Sans', system-ui, sans-serif; color: #1f2328; line-height: 1.45;
              max-width: 60rem; word-wrap: break-word; overflow-wrap: anywhere; }
            .fb-report h1, .fb-report h2, .fb-report h3 { line-height: 1.25; }
            .fb-report h1.fb-report-claim { font-size: 1.55em; margin: 0.2em 0; }
            .fb-report h2 { font-size: 1.15em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; margin-top: 1.4em; }
            .fb-report h3 { font-size: 1em; margin-bottom: 0.2em; }
            .fb-report-kicker, .fb-meta, .fb-report-footer, .fb-meter-text { color: #57606a; font-size: 0.85em; }
            .fb-report-claimant { font-size: 1.05em; }
            .fb-verdict-label { font-size: 1.4em; font-weight: bold; margin: 0.2em 0; }
            .fb-meter-svg { display: block; }
            .fb-meter-ends { width: 480px; font-size: 0.8em; color: #57606a; overflow: hidden; }
            .fb-meter-ends .fb-best { float: right; }
            .fb-report table.fb-evidence, .fb-report table.fb-corrections { width: 100%; border-collapse: collapse;
              table-layout: fixed; font-size: 0.88em; -fs-table-paginate: paginate; }
            .fb-report th, .fb-report td { border: 1px solid #d0d7de; padding: 4px 6px; vertical-align: top; text-align: left;
              word-wrap: break-word; overflow-wrap: anywhere; }
            .fb-report th { background-color: #f6f8fa; }
            .fb-report tr { page-break-inside: avoid; }
            th.fb-num, td.fb-num { width: 2.2em; text-align: right; }
            th.fb-quote-col { width: 52%; }
            th.fb-source-col { width: 30%; }
            .fb-context { margin: 0; color: #57606a; }
            mark.fb-quote { background-color: #fff3b0; color: #1f2328; font-weight: bold; }
            .fb-note { margin: 0.3em 0 0; }
            .fb-warning { color: #b42318; margin: 0.3em 0 0; }
            .fb-source-title { margin: 0; font-weight: bold; }
            .fb-meta, .fb-url { margin: 0.15em 0 0; }
            .fb-url { font-size: 0.85em; word-wrap: break-word; overflow-wrap: anywhere; }
            .fb-stance { font-weight: bold; }
            .fb-stance-supports { color: #1a7f37; } .fb-stance-refutes { color: #b42318; } .fb-stance-context { color: #57606a; }
            .fb-swatch { display: inline-block; width: 0.9em; height: 0.9em; }
            table.fb-chart { border-collapse: collapse; font-size: 0.88em; }
            table.fb-chart td { border: none; padding: 2px 6px; vertical-align: middle; }
            td.fb-chart-source { max-width: 18em; }
            .fb-first { color: #0969da; font-size: 0.85em; }
            .fb-report-footer { margin-top: 2em; border-top: 1px solid #d0d7de; padding-top: 0.5em; }
            .fb-report table.fb-dossier-summary { width: 99.5%; border-collapse: collapse; table-layout: fixed; font-size: 0.9em;
              -fs-table-paginate: paginate; }
            th.fb-toc-verdict { width: 8em; } th.fb-toc-date { width: 6.5em; }
            th.fb-toc-page, td.fb-toc-page { width: 3.5em; text-align: right; }
            """;

    private static final String PRINT = """
            @page { size: A4; margin: 16mm 15mm 18mm 15mm; }
            body.fb-report-body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
            .fb-report { max-width: none; }
            """;

    private static final String PAGE_NUMBERS = """
            @page { @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans', sans-serif;
              font-size: 8pt; color: #57606a; } }
            """;

    private static final String SCREEN = """
            body.fb-report-body { margin: 0 auto; padding: 1.5rem; max-width: 62rem; background: #fff; }
            """;

    private ReportStyle() {
    }

    static String css(ReportHtml.Media media) {
        return switch (media) {
            case PAGE -> BASE + SCREEN;
            case PDF -> BASE + PRINT + PAGE_NUMBERS;
            case DOSSIER_PART -> BASE + PRINT;
        };
    }

    /** For the in-app page: the same rules, inside the app's own layout. */
    static String inApp() {
        return BASE;
    }
}
