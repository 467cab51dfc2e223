package org.qsurv.app.web.chart;

/**
 * Which way a special cause points: Making Data Count's variation icons carry an H (higher values)
 * or an L (lower values).
 */
public enum Direction {
  /** The special cause lies in higher values. */
  HIGHER("H", "higher values"),
  /** The special cause lies in lower values. */
  LOWER("L", "lower values");

  private final String letter;
  private final String words;

  Direction(String letter, String words) {
    this.letter = letter;
    this.words = words;
  }

  String letter() {
    return letter;
  }

  String words() {
    return words;
  }
}
