package org.qsurv.app.cli;

import java.io.PrintWriter;
import org.qsurv.app.port.Progress;

/**
 * A progress bar on a terminal line, redrawn in place ({@code \r}) each time the percentage
 * changes: {@code Writing [##########----------]  52%  520,000 of 1,000,000 rows}.
 */
final class ProgressBar implements Progress {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final String label;
  private int shown = -1;

  ProgressBar(PrintWriter out, String label) {
    this.out = out;
    this.label = label;
  }

  @Override
  public void rowsWritten(long done, long total) {
    int percent = total == 0 ? 100 : (int) (100 * done / total);
    if (percent == shown) {
      return;
    }
    shown = percent;
    int filled = percent * WIDTH / 100;
    out.printf("\r%s [%s%s] %3d%%  %,d of %,d rows", label, "#".repeat(filled),
        "-".repeat(WIDTH - filled), percent, done, total);
    out.flush();
  }

  /** Ends the bar's line. */
  void finish() {
    if (shown >= 0) {
      out.println();
      out.flush();
    }
  }
}
