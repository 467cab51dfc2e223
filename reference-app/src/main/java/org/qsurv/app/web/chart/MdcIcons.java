package org.qsurv.app.web.chart;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.web.html.Attributes;
import org.qsurv.app.web.html.HtmlBuilder;
import org.qsurv.app.web.html.SafeHtml;

/**
 * Small SVG icons for an indicator's variation and assurance, drawn in the spirit of Making Data
 * Count's icons (our own drawing): a ring in the result's colour with a letter or mark inside.
 *
 * <p>Variation: common cause is a grey ring with a level zigzag; a special cause is a ring in orange
 * (concern), blue (improvement) or purple (neither) with an arrow and the letter H or L for its
 * direction, or C, I or N when the direction is not given; not enough data is a dashed grey ring
 * with a dash. Assurance: P in a blue ring (consistently passing), F in an orange ring
 * (consistently failing), ? in a grey ring (hit and miss), a dash in a dashed grey ring (no target).
 *
 * <p>Each icon has an accessible name: {@code role="img"} with a {@code <title>}. The {@code
 * ...WithLabel} forms show the words beside the icon instead, and hide the icon from assistive
 * technology, so the words are read once.
 *
 * <pre>{@code
 * SafeHtml v = MdcIcons.variation(Variation.SPECIAL_CAUSE_CONCERN, Optional.of(Direction.HIGHER));
 * SafeHtml a = MdcIcons.assuranceWithLabel(Assurance.INCONSISTENT);
 * }</pre>
 */
public final class MdcIcons {
  private static final String FONT = "Arial, Helvetica, sans-serif";

  private MdcIcons() {}

  /** The variation icon, named by its label. */
  public static SafeHtml variation(Variation variation, Optional<Direction> direction) {
    return icon(variationLabel(variation, direction), false, b -> drawVariation(b, variation,
        direction));
  }

  /** The variation icon with its label shown beside it. */
  public static SafeHtml variationWithLabel(Variation variation, Optional<Direction> direction) {
    return icon(variationLabel(variation, direction), true, b -> drawVariation(b, variation,
        direction));
  }

  /** The assurance icon, named by its label. */
  public static SafeHtml assurance(Assurance assurance) {
    return icon(assurance.label(), false, b -> drawAssurance(b, assurance));
  }

  /** The assurance icon with its label shown beside it. */
  public static SafeHtml assuranceWithLabel(Assurance assurance) {
    return icon(assurance.label(), true, b -> drawAssurance(b, assurance));
  }

  /** The words of a variation icon: its label, and the direction of a special cause. */
  public static String variationLabel(Variation variation, Optional<Direction> direction) {
    Objects.requireNonNull(variation, "variation");
    if (variation.isSpecialCause() && direction.isPresent()) {
      return variation.label() + " (" + direction.get().words() + ")";
    }
    return variation.label();
  }

  private static SafeHtml icon(String label, boolean visibleLabel,
      java.util.function.Consumer<HtmlBuilder> draw) {
    HtmlBuilder b = new HtmlBuilder().open("span", "class", "mdc-icon");
    if (visibleLabel) {
      b.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 40 40", "width", "40",
          "height", "40", "aria-hidden", "true", "focusable", "false");
    } else {
      b.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 40 40", "width", "40",
          "height", "40", "role", "img", "aria-label", label, "focusable", "false");
      b.element("title", label);
    }
    draw.accept(b);
    b.close("svg");
    if (visibleLabel) {
      b.element("span", label, "class", "mdc-icon-label");
    }
    return b.close("span").build();
  }

  private static void drawVariation(HtmlBuilder b, Variation variation,
      Optional<Direction> direction) {
    switch (variation) {
      case COMMON_CAUSE -> {
        ring(b, Palette.COMMON, false);
        b.empty("polyline", "points", "9,21 13.5,17 18,23 22.5,17 27,23 31,19", "fill", "none",
            "stroke", Palette.COMMON, "stroke-width", "2.5", "stroke-linejoin", "round",
            "stroke-linecap", "round");
      }
      case NOT_ENOUGH_DATA -> {
        ring(b, Palette.COMMON, true);
        b.empty("line", "x1", "13", "y1", "20", "x2", "27", "y2", "20", "stroke", Palette.COMMON,
            "stroke-width", "3", "stroke-linecap", "round");
      }
      default -> {
        String colour = variation == Variation.SPECIAL_CAUSE_CONCERN ? Palette.CONCERN
            : variation == Variation.SPECIAL_CAUSE_IMPROVEMENT ? Palette.IMPROVEMENT
            : Palette.NEUTRAL;
        ring(b, colour, false);
        String letter = direction.map(Direction::letter).orElse(
            variation.name().substring("SPECIAL_CAUSE_".length(), "SPECIAL_CAUSE_".length() + 1));
        direction.ifPresent(d -> arrow(b, colour, d));
        letter(b, colour, letter, direction.isPresent() ? 16 : 20, direction.isPresent() ? 16 : 20);
      }
    }
  }

  private static void drawAssurance(HtmlBuilder b, Assurance assurance) {
    switch (assurance) {
      case CONSISTENT_PASS -> {
        ring(b, Palette.IMPROVEMENT, false);
        letter(b, Palette.IMPROVEMENT, "P", 20, 20);
      }
      case CONSISTENT_FAIL -> {
        ring(b, Palette.CONCERN, false);
        letter(b, Palette.CONCERN, "F", 20, 20);
      }
      case INCONSISTENT -> {
        ring(b, Palette.COMMON, false);
        letter(b, Palette.COMMON, "?", 20, 20);
      }
      case NONE -> {
        ring(b, Palette.COMMON, true);
        b.empty("line", "x1", "13", "y1", "20", "x2", "27", "y2", "20", "stroke", Palette.COMMON,
            "stroke-width", "3", "stroke-linecap", "round");
      }
      default -> throw new IllegalStateException(assurance.name());
    }
  }

  private static void ring(HtmlBuilder b, String colour, boolean dashed) {
    b.empty("circle", Attributes.of("cx", "20", "cy", "20", "r", "17", "fill",
        Palette.BACKGROUND, "stroke", colour, "stroke-width", "3")
        .setIf(dashed, "stroke-dasharray", "5 3.9"));
  }

  private static void letter(HtmlBuilder b, String colour, String letter, int size, double x) {
    double baseline = 20 + size * 0.36;
    b.element("text", letter, "x", Numbers.coordinate(x), "y", Numbers.coordinate(baseline),
        "text-anchor",
        "middle", "font-family", FONT, "font-weight", "bold", "font-size",
        String.valueOf(size), "fill", colour);
  }

  /** A small arrow beside the letter, pointing up for higher values and down for lower. */
  private static void arrow(HtmlBuilder b, String colour, Direction direction) {
    String points = direction == Direction.HIGHER ? "23.5,21 28,14 32.5,21" : "23.5,19 28,26 32.5,19";
    b.empty("polygon", "points", points, "fill", colour, "class",
        "arrow-" + direction.name().toLowerCase(Locale.ROOT));
  }
}
