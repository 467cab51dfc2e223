package org.qsurv.app.web.chart;

/**
 * The colours of the charts and icons: Making Data Count's scheme (grey common cause, orange
 * concern, blue improvement, purple neither) in shades dark enough for WCAG 2.2's 3:1 contrast of
 * graphical objects against white (1.4.11). Shapes repeat what the colours say (1.4.1). The
 * colours an icon also writes a letter in (concern, improvement, neither) meet the 4.5:1 of text
 * (1.4.3), since the "H" and "L" of a special-cause icon are 16 px bold, below large text.
 */
final class Palette {
  static final String COMMON = "#768692";
  static final String CONCERN = "#b85400"; // 4.9:1 on white
  static final String IMPROVEMENT = "#0072ce";
  static final String NEUTRAL = "#6d2077";
  static final String TARGET = "#8a1538";
  static final String TEXT = "#212b32";
  static final String SECONDARY = "#4c6272";
  static final String PROCESS_LINE = "#425563";
  static final String GRID = "#d8dde0";
  static final String BACKGROUND = "#ffffff";

  private Palette() {}

  static String of(PointClass point) {
    return switch (point) {
      case COMMON -> COMMON;
      case CONCERN -> CONCERN;
      case IMPROVEMENT -> IMPROVEMENT;
      case NEUTRAL -> NEUTRAL;
    };
  }
}
