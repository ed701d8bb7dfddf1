package org.factbench.web.claim.board;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV with one defence added: a cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, or a tab or carriage return that some spreadsheets skip before one) gets a leading apostrophe,
 * so claim text someone pasted in never executes when an editor opens the export. Public for the other CSV
 * exports (web.report's collection CSV), so there is one such writer.
 */
public final class BoardCsv {

    private BoardCsv() {
    }

    public static <T> String write(List<String> header, List<T> rows, Function<T, List<String>> cells) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, cells.apply(row)));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(BoardCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        if (value == null) return "";
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
