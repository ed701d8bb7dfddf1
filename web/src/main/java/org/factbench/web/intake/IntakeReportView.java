package org.factbench.web.intake;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.factbench.core.intake.IntakeReport;

/** The summary of a load and its per-file problems, as text nodes (file names come from users). */
final class IntakeReportView extends Div {

    final Paragraph summary = new Paragraph();
    final UnorderedList failures = new UnorderedList();
    final UnorderedList notes = new UnorderedList();

    IntakeReportView() {
        addClassName("fb-intake-report");
        getElement().setAttribute("role", "status");
        failures.addClassName("fb-intake-failures");
        notes.addClassName("fb-intake-notes");
    }

    void clear() {
        removeAll();
    }

    void show(IntakeReport report) {
        removeAll();
        summary.setText(getTranslation("intake.summary", report.created(), report.updated(), report.unchanged(),
                report.duplicates(), report.failed()));
        add(summary);
        list("intake.failures", report.failures(), failures);
        list("intake.notes", report.notes(), notes);
    }

    private void list(String heading, List<IntakeReport.Problem> problems, UnorderedList target) {
        target.removeAll();
        if (problems.isEmpty()) return;
        problems.forEach(problem -> target.add(new ListItem(problem.source() + ": " + problem.reason())));
        add(new H3(getTranslation(heading, problems.size())), target);
    }
}
