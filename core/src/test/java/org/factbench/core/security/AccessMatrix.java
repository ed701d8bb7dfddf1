package org.factbench.core.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table in {@code security/access-matrix.csv}: operation -> role -> allowed. */
record AccessMatrix(List<String> roles, Map<String, Map<String, Boolean>> rows) {

    static AccessMatrix load() {
        try (var in = AccessMatrix.class.getResourceAsStream("/security/access-matrix.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            List<String> header = List.of(lines.getFirst().split(","));
            List<String> roles = header.subList(1, header.size());
            Map<String, Map<String, Boolean>> rows = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                if (cells.length != header.size()) throw new IllegalStateException("Bad row: " + line);
                Map<String, Boolean> byRole = new LinkedHashMap<>();
                for (int i = 1; i < cells.length; i++) {
                    byRole.put(header.get(i), switch (cells[i]) {
                        case "allowed" -> true;
                        case "refused" -> false;
                        default -> throw new IllegalStateException("Expected allowed/refused in: " + line);
                    });
                }
                if (rows.put(cells[0], byRole) != null) throw new IllegalStateException("Listed twice: " + cells[0]);
            }
            return new AccessMatrix(roles, rows);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
