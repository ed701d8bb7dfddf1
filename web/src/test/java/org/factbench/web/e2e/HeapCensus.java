package org.factbench.web.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The heap that sessions holding the workspace open cost, and what it is made of. Four snapshots, each after full
 * GCs: before the sessions log in; after they logged in (each through its own Chromium: the login view, the claims
 * board it lands on, then away from the page and quit); with each holding the workspace open in one replayed
 * tab; and with those tabs navigated on to the claims board (the baseline: the landing view). "Per session as measured" is first to last over the sessions: all a session keeps, leftovers of its login
 * included. "Per workspace UI" is second to last over the UIs opened in between: the workspace tab alone. The live
 * UI counts show whether the logins left UIs behind: Flow closes a UI whose page is left when its pagehide
 * listener's unload beacon arrives; a UI never told lives on until it misses three heartbeats (15 minutes by default).
 * The histograms go to files (kept for a closer look) and are compared only after the last is taken.
 */
final class HeapCensus {

    static final String UI = "com.vaadin.flow.component.UI";
    static final String STATE_NODE = "com.vaadin.flow.internal.StateNode";
    private static final int TOP_CLASSES = 15;

    /** Used heap after full GCs, and the file with the live objects by class. */
    record Snapshot(long usedHeap, Path histogram) {

        static Snapshot take(Path histogram) throws IOException, InterruptedException {
            long used = usedHeapAfterGc();
            ClassHistogram.takeInto(histogram);
            return new Snapshot(used, histogram);
        }
    }

    private final int sessions;
    private final Snapshot beforeLogins;
    private final Snapshot afterLogins;
    private final Snapshot workspacesOpen;
    private final Snapshot boardsOpen;

    /** {@code boardsOpen}: the same tabs navigated on to the claims board, the baseline a workspace is compared with. */
    HeapCensus(int sessions, Snapshot beforeLogins, Snapshot afterLogins, Snapshot workspacesOpen, Snapshot boardsOpen) {
        this.sessions = sessions;
        this.beforeLogins = beforeLogins;
        this.afterLogins = afterLogins;
        this.workspacesOpen = workspacesOpen;
        this.boardsOpen = boardsOpen;
    }

    String report() throws IOException {
        ClassHistogram before = ClassHistogram.read(beforeLogins.histogram());
        ClassHistogram logged = ClassHistogram.read(afterLogins.histogram());
        ClassHistogram open = ClassHistogram.read(workspacesOpen.histogram());
        long workspaceUis = Math.max(1, open.instances(UI) - logged.instances(UI));
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nHeap per session holding the workspace open (%d sessions, used heap after full GC): "
                        + "**%.0f KB per session as measured** (from before their logins), **%.0f KB per workspace UI** "
                        + "(from after the logins, over the %d UIs opened since); live objects by the class histogram: "
                        + "%.0f KB and %.0f KB.%n%n",
                sessions, kb(workspacesOpen.usedHeap() - beforeLogins.usedHeap(), sessions),
                kb(workspacesOpen.usedHeap() - afterLogins.usedHeap(), workspaceUis), workspaceUis,
                kb(open.bytes() - before.bytes(), sessions), kb(open.bytes() - logged.bytes(), workspaceUis)));
        out.append("| live objects | before the logins | after the logins | with the workspaces open | per session "
                + "| per workspace UI |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (String type : new String[] {UI, STATE_NODE}) {
            long b = before.instances(type), l = logged.instances(type), o = open.instances(type);
            out.append(String.format("| `%s` | %d | %d | %d | %.1f | %.1f |%n", simpleName(type), b, l, o,
                    (o - b) / (double) sessions, (o - l) / (double) workspaceUis));
        }
        out.append('\n').append(leftovers(logged.instances(UI) - before.instances(UI))).append("\n\n");
        ClassHistogram boards = ClassHistogram.read(boardsOpen.histogram());
        double boardKb = kb(boards.bytes() - logged.bytes(), workspaceUis);
        out.append(String.format("Baseline, same run: the same %d tabs navigated on to the claims board hold **%.0f KB per "
                        + "UI** (live objects; %.0f state nodes each), so a workspace tab costs **%.1fx** a board tab.%n%n",
                workspaceUis, boardKb, (boards.instances(STATE_NODE) - logged.instances(STATE_NODE)) / (double) workspaceUis,
                kb(open.bytes() - logged.bytes(), workspaceUis) / boardKb));
        out.append(String.format("The %d classes that grew most per session (class histogram, shallow bytes; before the "
                + "logins to the workspaces open, over %d; last column: after the logins to the workspaces open, over "
                + "the %d workspace UIs):%n%n", TOP_CLASSES, sessions, workspaceUis));
        out.append("| class | instances per session | KB per session | KB per workspace UI |\n| --- | ---: | ---: | ---: |\n");
        for (ClassHistogram.Change grown : open.grownMostSince(before, TOP_CLASSES)) {
            long sinceLogins = open.grownSince(logged, grown.className()).bytes();
            out.append(String.format("| `%s` | %.0f | %.1f | %.1f |%n", grown.className(),
                    grown.count().instances() / (double) sessions, kb(grown.count().bytes(), sessions),
                    kb(sinceLogins, workspaceUis)));
        }
        out.append(String.format("%nThe whole histograms: %s, %s, %s, %s.%n", beforeLogins.histogram().getFileName(),
                afterLogins.histogram().getFileName(), workspacesOpen.histogram().getFileName(),
                boardsOpen.histogram().getFileName()));
        return out.toString();
    }

    private String leftovers(long uis) {
        if (uis == 0) {
            return "The " + sessions + " logins left no UI behind: the login view's and the board's were closed by Flow's "
                    + "unload beacon as each browser left them, so each session holds its workspace tab only.";
        }
        if (uis > 0) {
            return "The " + sessions + " logins left " + uis + " UIs behind (pages their browsers left without the unload "
                    + "beacon arriving): \"per session as measured\" includes them, \"per workspace UI\" does not.";
        }
        return "There were " + -uis + " fewer UIs after the logins than before (other tabs closed meanwhile).";
    }

    private static double kb(long bytes, long over) {
        return bytes / 1024.0 / over;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
