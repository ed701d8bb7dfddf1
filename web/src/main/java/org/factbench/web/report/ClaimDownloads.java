package org.factbench.web.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.factbench.web.report.ReportExports.Export;

/** The download links of one report version: PDF, Markdown, ClaimReview and Web Annotations, made on click. */
final class ClaimDownloads extends Div {

    /** One link and how its file is made (kept so tests can make the file without a browser). */
    record Download(String key, Anchor anchor, Supplier<Export> file) {
    }

    final List<Download> downloads = new ArrayList<>();

    ClaimDownloads(ReportExports exports, long claimId, Integer version) {
        addClassName("fb-report-downloads");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.25em 1em");
        add("report.download.pdf", () -> exports.pdf(claimId, version));
        add("report.download.markdown", () -> exports.markdown(claimId, version));
        add("report.download.claimreview", () -> exports.claimReview(claimId, version));
        add("report.download.annotations", () -> exports.annotations(claimId, version));
    }

    private void add(String key, Supplier<Export> file) {
        Anchor anchor = new Anchor(handler(file), getTranslation(key));
        anchor.addClassName("fb-download");
        anchor.getStyle().set("white-space", "nowrap");
        anchor.getElement().setAttribute("data-format", key.substring(key.lastIndexOf('.') + 1));
        downloads.add(new Download(key, anchor, file));
        add(anchor);
    }

    /** A download of a file made when it is asked for (every click makes it anew). */
    static DownloadHandler handler(Supplier<Export> file) {
        return DownloadHandler.fromInputStream(event -> {
            Export export = file.get();
            return new DownloadResponse(new ByteArrayInputStream(export.bytes()), export.fileName(), export.mediaType(),
                    export.bytes().length);
        });
    }

    Download download(String key) {
        return downloads.stream().filter(d -> d.key().equals("report.download." + key)).findFirst().orElseThrow();
    }
}
