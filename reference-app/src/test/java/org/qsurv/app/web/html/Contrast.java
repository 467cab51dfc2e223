package org.qsurv.app.web.html;

/** Test support: WCAG 2.2 contrast ratios of sRGB colours written {@code #rrggbb}. */
public final class Contrast {
  private Contrast() {}

  /** The contrast ratio of two colours, from 1 to 21 (WCAG 2.2, "contrast ratio"). */
  public static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** Relative luminance (WCAG 2.2, "relative luminance"). */
  static double luminance(String hex) {
    String h = hex.startsWith("#") ? hex.substring(1) : hex;
    if (h.length() == 3) {
      h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
    }
    double r = channel(Integer.parseInt(h.substring(0, 2), 16));
    double g = channel(Integer.parseInt(h.substring(2, 4), 16));
    double b = channel(Integer.parseInt(h.substring(4, 6), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
