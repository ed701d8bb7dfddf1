package org.factbench.indexer.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.factbench.indexer.ingest.LoadProgress;
import org.factbench.indexer.ingest.ProgressListener;

/** A progress bar on the terminal: articles done of the estimated total, articles per second, ETA. */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

    private final ProgressBar bar;
    private long max;

    ConsoleProgress(String task, long estimatedTotal, String unit) {
        this.max = Math.max(1, estimatedTotal);
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .continuousUpdate()
                .build();
    }

    @Override
    public void progress(LoadProgress progress) {
        long done = progress.done();
        if (done > max) {
            max = done;
            bar.maxHint(max);
        }
        bar.stepTo(done);
        bar.setExtraMessage(" " + progress.passages() + " passages"); // the bar puts no space before it
    }

    void finish(long done) {
        bar.maxHint(Math.max(done, 1));
        bar.stepTo(done);
    }

    @Override
    public void close() {
        bar.close();
    }
}
