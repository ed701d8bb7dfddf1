package org.factbench.web.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factbench.web.base.ui.Messages;
import org.springframework.stereotype.Component;

/** Labels and dates as every report format writes them: texts from {@code i18n/report.properties}, times in UTC. */
@Component
class ReportFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Messages messages;

    ReportFormat(Messages messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A text for a code ({@code report.action.CLAIM_CREATED}), falling back to the workspace's, then to the code. */
    String code(String prefix, String code) {
        if (code == null) return "";
        String key = prefix + code;
        String text = messages.get(key);
        if (!text.equals("!" + key + "!")) return text;
        String workspace = messages.get("workspace.action." + code);
        return workspace.equals("!workspace.action." + code + "!") ? code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : workspace;
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
