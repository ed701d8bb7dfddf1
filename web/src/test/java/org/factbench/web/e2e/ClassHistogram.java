package org.factbench.web.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live objects of this JVM by class: HotSpot's class histogram, what {@code jcmd <pid> GC.class_histogram}
 * prints, taken here through the JDK's own DiagnosticCommand MBean (no external tool, works offline). Taking one
 * runs a full GC first, so only reachable objects count. Shallow sizes: a class's bytes are its instances' own.
 */
record ClassHistogram(Map<String, Count> byClass) {

    /** Instances of one class and their shallow size. */
    record Count(long instances, long bytes) {
    }

    /** A class and what it added between two histograms. */
    record Change(String className, Count count) {
    }

    /** " 12:   345   6789  com.example.Name (module)": rank, instances, bytes, class name. */
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /**
     * Takes the histogram into {@code file}, as text: kept out of the heap, so a histogram taken earlier does not
     * count in a later one (parsed, one holds some 2 MB).
     */
    static void takeInto(Path file) throws IOException {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (JMException e) {
            throw new IllegalStateException("No class histogram from this JVM", e);
        }
    }

    static ClassHistogram read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    static ClassHistogram parse(String text) {
        Map<String, Count> byClass = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher row = ROW.matcher(line);
            // A class name can repeat (one per class loader): add them up.
            if (row.find()) byClass.merge(row.group(3), new Count(Long.parseLong(row.group(1)),
                    Long.parseLong(row.group(2))), (a, b) -> new Count(a.instances() + b.instances(), a.bytes() + b.bytes()));
        }
        return new ClassHistogram(byClass);
    }

    long instances(String className) {
        return byClass.getOrDefault(className, new Count(0, 0)).instances();
    }

    long bytes() {
        return byClass.values().stream().mapToLong(Count::bytes).sum();
    }

    /** How much {@code className} grew since {@code before} (negative if it shrank). */
    Count grownSince(ClassHistogram before, String className) {
        Count none = new Count(0, 0);
        Count now = byClass.getOrDefault(className, none), then = before.byClass.getOrDefault(className, none);
        return new Count(now.instances() - then.instances(), now.bytes() - then.bytes());
    }

    /** The {@code limit} classes whose bytes grew most since {@code before}, largest first. */
    List<Change> grownMostSince(ClassHistogram before, int limit) {
        Set<String> names = new HashSet<>(byClass.keySet());
        names.addAll(before.byClass.keySet());
        return names.stream()
                .map(name -> new Change(name, grownSince(before, name)))
                .sorted(Comparator.comparingLong((Change c) -> c.count().bytes()).reversed())
                .limit(limit)
                .toList();
    }
}
