package org.factbench.web.report;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.factbench.core.collection.CollectionView;
import org.factbench.core.user.UserRef;

/**
 * Report rendering speed and memory, run by hand (not a test):
 * {@code java -Xmx512m -cp <web test classpath> org.factbench.web.report.ReportBenchmark}.
 * One claim with 50 evidence links: HTML (the baseline, same model, same run) and PDF, median of 20 after 5
 * warm-ups, with allocation per render. Dossiers of 10 and 100 such claims (one dossier claim has 10 links):
 * wall time and peak heap, to show that memory follows one claim, not the dossier's size.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ReportFormat format = ReportSamples.format();
        ReportHtml html = new ReportHtml(format);
        ReportPdf pdf = new ReportPdf();
        ReportModel model = ReportSamples.model(ReportSamples.report(1, 50, false));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf("load average %.1f; java %s, %d cores, max heap %d MB%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long[] htmlNanos = new long[20];
        long[] pdfNanos = new long[20];
        long[] pdfCpu = new long[20];
        long htmlBytes = 0;
        long pdfBytes = 0;
        int pdfSize = 0;
        int htmlSize = 0;
        for (int round = -5; round < 20; round++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            String document = html.document(model, ReportHtml.Media.PDF, "");
            long htmlDone = System.nanoTime();
            long afterHtml = threads.getCurrentThreadAllocatedBytes();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.render(document, out);
            long pdfDone = System.nanoTime();
            if (round >= 0) {
                htmlNanos[round] = htmlDone - start;
                pdfNanos[round] = pdfDone - start;
                pdfCpu[round] = threads.getCurrentThreadCpuTime() - cpu;
                htmlBytes = afterHtml - allocated;
                pdfBytes = threads.getCurrentThreadAllocatedBytes() - allocated;
                pdfSize = out.size();
                htmlSize = document.length();
            }
        }
        System.out.printf("one claim, 50 links: HTML median %.2f ms (%d chars, %.1f MB allocated); "
                        + "PDF median %.0f ms incl. HTML (CPU %.0f ms; %d KB, %.1f MB allocated); PDF/HTML %.0fx%n",
                median(htmlNanos) / 1e6, htmlSize, htmlBytes / 1e6, median(pdfNanos) / 1e6, median(pdfCpu) / 1e6, pdfSize >> 10, pdfBytes / 1e6,
                median(pdfNanos) / median(htmlNanos));

        Dossiers dossiers = new Dossiers(null, null, null, html, new ReportMarkdown(format), pdf, format, ReportSamples.clock());
        CollectionView collection = new CollectionView(1, "Benchmark collection", "100 claims", new UserRef(1, "editor", "Editor"),
                Instant.now(), 0);
        for (int claims : new int[] {10, 100}) {
            System.gc();
            resetPeaks();
            Path target = Files.createTempFile("bench-dossier-", ".pdf");
            long htmlStart = System.nanoTime();
            for (int i = 0; i < claims; i++) html.document(ReportSamples.model(ReportSamples.report(i + 1, 10, false)), ReportHtml.Media.PDF, "");
            long htmlTime = System.nanoTime() - htmlStart;
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            int pages = dossiers.pdf(collection, claims, i -> ReportSamples.model(ReportSamples.report(i + 1, 10, false)), target,
                    Dossiers.Progress.NONE);
            long time = System.nanoTime() - start;
            long cpuTime = threads.getCurrentThreadCpuTime() - cpu;
            System.out.printf("dossier, %d claims x 10 links: %.1f s (CPU %.1f s), %d pages, %d KB, peak heap %d MB; "
                            + "HTML of the same claims %.2f s (PDF/HTML %.0fx)%n",
                    claims, time / 1e9, cpuTime / 1e9, pages, Files.size(target) >> 10, peakHeap() >> 20, htmlTime / 1e9, (double) time / htmlTime);
            Files.delete(target);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
