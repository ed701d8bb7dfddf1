package org.factbench.web.report;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * HTML to PDF with openhtmltopdf on PDFBox: DejaVu Sans embedded (subset) in four faces, so Latin with
 * Azerbaijani ə ğ ı ö ş ü, Cyrillic, Armenian and Georgian all print, never as boxes; the inline SVG goes through
 * Batik (the report's SVG holds shapes only). The fonts are read once and kept as bytes, their metrics cached.
 */
@Component
class ReportPdf {

    static final String FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private record Face(byte[] bytes, int weight, FontStyle style) {
    }

    private final List<Face> faces;
    /** Font metrics parsed once and shared by every render (thread-safe): parsing them is most of a small PDF's time. */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    ReportPdf() {
        XRLog.setLoggingEnabled(false);
        faces = List.of(face("DejaVuSans.ttf", 400, FontStyle.NORMAL), face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
                face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC), face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));
    }

    private static Face face(String file, int weight, FontStyle style) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) throw new IllegalStateException("Font " + file + " is missing: the jasperreports-fonts jar belongs on the classpath");
            return new Face(in.readAllBytes(), weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders one well-formed XHTML document (from {@link ReportHtml}) into {@code out}. */
    void render(String xhtml, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true);
        }
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    byte[] regularFont() {
        return faces.getFirst().bytes();
    }
}
