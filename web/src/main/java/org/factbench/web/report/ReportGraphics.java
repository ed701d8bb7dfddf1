package org.factbench.web.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.factbench.core.evidence.Stance;
import org.factbench.core.report.ReportScale;
import org.factbench.core.verdict.Rating;

/**
 * The report's two small pictures as inline SVG made here on the server: the rating meter and the stacked bar of
 * one source's evidence by stance. They carry no text at all (labels sit next to them in the HTML, escaped there,
 * and stay searchable in the PDF); the only values from data are colours, accepted only as {@code #rrggbb}.
 */
final class ReportGraphics {

    static final Map<Stance, String> STANCE_COLOURS = Map.of(Stance.SUPPORTS, "#1a7f37", Stance.REFUTES, "#b42318",
            Stance.CONTEXT, "#6b7280");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final int METER_WIDTH = 480;
    private static final int BAR_WIDTH = 240;

    private ReportGraphics() {
    }

    /** Graded steps from worst (left) to best (right); the verdict's step full colour and marked, the others pale. */
    static String meter(ReportScale scale) {
        List<Rating> graded = scale.gradedSteps().reversed();
        int n = Math.max(1, graded.size());
        double step = (double) METER_WIDTH / n;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fb-meter-svg\" width=\"").append(METER_WIDTH)
                .append("\" height=\"40\" viewBox=\"0 0 ").append(METER_WIDTH).append(" 40\">");
        for (int i = 0; i < graded.size(); i++) {
            int position = i + 1;
            boolean mine = scale.position() != null && scale.position() == position;
            svg.append("<rect x=\"").append(num(i * step + 1)).append("\" y=\"14\" width=\"").append(num(step - 2))
                    .append("\" height=\"18\" rx=\"3\" fill=\"").append(colour(graded.get(i).colour())).append("\" fill-opacity=\"")
                    .append(mine ? "1" : "0.28").append('"');
            if (mine) svg.append(" stroke=\"#1f2328\" stroke-width=\"2\"");
            svg.append("/>");
            if (mine) {
                double centre = i * step + step / 2;
                svg.append("<path d=\"M").append(num(centre - 7)).append(" 2 L").append(num(centre + 7)).append(" 2 L")
                        .append(num(centre)).append(" 12 Z\" fill=\"#1f2328\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** One source's links as a bar: supports, refutes, context, scaled to the largest source's total. */
    static String stanceBar(Map<Stance, Integer> counts, int largestTotal) {
        double unit = (double) BAR_WIDTH / Math.max(1, largestTotal);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fb-bar-svg\" width=\"").append(BAR_WIDTH)
                .append("\" height=\"14\" viewBox=\"0 0 ").append(BAR_WIDTH).append(" 14\">");
        double x = 0;
        for (Stance stance : Stance.values()) {
            int count = counts.getOrDefault(stance, 0);
            if (count == 0) continue;
            svg.append("<rect x=\"").append(num(x)).append("\" y=\"1\" width=\"").append(num(count * unit))
                    .append("\" height=\"12\" fill=\"").append(STANCE_COLOURS.get(stance)).append("\"/>");
            x += count * unit;
        }
        return svg.append("</svg>").toString();
    }

    static String colour(String value) {
        return value != null && COLOUR.matcher(value).matches() ? value : "#6b7280";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
