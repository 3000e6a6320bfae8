package io.segmentation.examples.cli;

import io.segmentation.ProgressListener;
import java.io.PrintStream;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Draws the library's {@link ProgressListener} reports as terminal progress bars (me.tongfei:progressbar).
 *
 * <p>One bar per stage of work. Work nests (a choice of k runs K-Means fits, which report their iterations):
 * the command names its outer stages by prefix, only those open bars, and the inner stages show as the open
 * bar's extra message, so the terminal gets one line per outer stage instead of a flicker of short bars. With
 * no outer stage named, every stage opens a bar once the previous one is finished. A stage whose total is
 * unknown (-1) gets an indefinite bar. On an interactive terminal the bar is coloured, as wide as the terminal
 * and redrawn 5 times a second; elsewhere (a pipe, a CI log) it is plain ASCII, 80 characters wide, redrawn
 * once a second.
 */
final class ProgressBars implements ProgressListener, AutoCloseable {
    private static final int INTERACTIVE_MILLIS = 200;
    private static final int PLAIN_MILLIS = 1_000;
    private static final int PLAIN_WIDTH = 80;

    private final PrintStream err;
    private final List<String> outer;
    private ProgressBar bar;
    private String stage;
    private boolean finished;

    private ProgressBars(PrintStream err, List<String> outer) {
        this.err = err;
        this.outer = List.copyOf(outer);
    }

    /**
     * Bars drawn on {@code err}.
     *
     * @param outer prefixes of the stages that open bars (for example {@code "k selection"}); empty: every stage
     */
    static ProgressBars on(PrintStream err, List<String> outer) {
        return new ProgressBars(err, outer);
    }

    /** No bars at all (--quiet). */
    static ProgressBars none() {
        return new ProgressBars(null, List.of());
    }

    private boolean opensBar(String stage) {
        if (outer.isEmpty()) {
            return bar == null || finished;
        }
        for (String prefix : outer) {
            if (stage.startsWith(prefix)) {
                return bar == null || (finished && !stage.equals(this.stage));
            }
        }
        return false;
    }

    @Override
    public synchronized void progress(String stage, long done, long total) {
        if (err == null) {
            return;
        }
        if (opensBar(stage) && !stage.equals(this.stage)) {
            close();
            boolean interactive = System.console() != null;
            bar = new ProgressBarBuilder()
                    .setTaskName(stage)
                    .setInitialMax(total)
                    .setUpdateIntervalMillis(interactive ? INTERACTIVE_MILLIS : PLAIN_MILLIS)
                    .setStyle(interactive ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(err, interactive ? -1 : PLAIN_WIDTH))
                    .build();
            this.stage = stage;
            finished = false;
        }
        if (bar == null) {
            return;
        }
        if (stage.equals(this.stage)) {
            bar.maxHint(total);
            bar.stepTo(done);
            bar.setExtraMessage("");
            finished = total >= 0 && done >= total;
        } else {
            bar.setExtraMessage(stage);
        }
    }

    /** Finishes the current bar, if any, and moves to a fresh line. */
    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
            stage = null;
        }
    }
}
