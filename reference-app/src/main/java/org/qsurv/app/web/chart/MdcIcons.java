package org.qsurv.app.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Templates;

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
 * <p>Drawn by {@code chart/icon.jte}. Each icon has an accessible name: {@code role="img"} with a {@code <title>}. The {@code
 * ...WithLabel} forms show the words beside the icon instead, and hide the icon from assistive
 * technology, so the words are read once.
 *
 * <pre>{@code
 * SafeHtml v = MdcIcons.variation(Variation.SPECIAL_CAUSE_CONCERN, Optional.of(Direction.HIGHER));
 * SafeHtml a = MdcIcons.assuranceWithLabel(Assurance.INCONSISTENT);
 * }</pre>
 */
public final class MdcIcons {
  private MdcIcons() {}

  /** The variation icon, named by its label. */
  public static SafeHtml variation(Variation variation, Optional<Direction> direction) {
    return render(variationIcon(variation, direction, false));
  }

  /** The variation icon with its label shown beside it. */
  public static SafeHtml variationWithLabel(Variation variation, Optional<Direction> direction) {
    return render(variationIcon(variation, direction, true));
  }

  /** The assurance icon, named by its label. */
  public static SafeHtml assurance(Assurance assurance) {
    return render(assuranceIcon(assurance, false));
  }

  /** The assurance icon with its label shown beside it. */
  public static SafeHtml assuranceWithLabel(Assurance assurance) {
    return render(assuranceIcon(assurance, true));
  }

  /** The words of a variation icon: its label, and the direction of a special cause. */
  public static String variationLabel(Variation variation, Optional<Direction> direction) {
    Objects.requireNonNull(variation, "variation");
    if (variation.isSpecialCause() && direction.isPresent()) {
      return variation.label() + " (" + direction.get().words() + ")";
    }
    return variation.label();
  }

  /**
   * Every icon once, as an SVG {@code <symbol>} for a page that shows many icons to refer to with
   * {@code <use>} ({@link #use}): the page draws each icon once however many cells show it, which
   * keeps it small and quick for the browser and for accessibility checkers. Hidden from
   * assistive technology: each use is too, beside its words.
   */
  public static SafeHtml symbols() {
    List<Symbol> all = new ArrayList<>();
    for (Variation v : Variation.values()) {
      all.add(new Symbol(symbolId(v, Optional.empty()), variationIcon(v, Optional.empty(), false)));
      if (v.isSpecialCause()) {
        for (Direction d : Direction.values()) {
          all.add(new Symbol(symbolId(v, Optional.of(d)), variationIcon(v, Optional.of(d), false)));
        }
      }
    }
    for (Assurance a : Assurance.values()) {
      all.add(new Symbol(symbolId(a), assuranceIcon(a, false)));
    }
    return Templates.render("chart/symbols.jte", Map.of("symbols", all));
  }

  /**
   * One icon drawn as a symbol.
   *
   * @param id its id in the page
   * @param icon what it draws
   */
  public record Symbol(String id, Icon icon) {}

  /** The id of the variation icon's symbol ({@link #symbols()}). */
  public static String symbolId(Variation variation, Optional<Direction> direction) {
    return "mdc-v-" + variation.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        + (variation.isSpecialCause() ? direction.map(d -> "-" + d.letter().toLowerCase(
            java.util.Locale.ROOT)).orElse("") : "");
  }

  /** The id of the assurance icon's symbol ({@link #symbols()}). */
  public static String symbolId(Assurance assurance) {
    return "mdc-a-" + assurance.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * A use of the symbol {@code id} ({@link #symbols()}), hidden from assistive technology, with
   * {@code words}, its text equivalent, beside it (visually hidden when {@code wordsShown} is
   * false, so that a screen reader reads them and a sighted reader sees the icon).
   */
  public static SafeHtml use(String id, String words, boolean wordsShown) {
    return Templates.render("chart/use.jte", Map.of("id", id, "words", words, "shown",
        wordsShown));
  }

  /** What is drawn inside an icon's ring. */
  public enum Mark {
    /** A level zigzag: common cause. */
    ZIGZAG,
    /** A dash, the ring dashed: nothing to judge. */
    DASH,
    /** A letter, with an arrow beside it for a special cause's direction. */
    LETTER
  }

  /**
   * One icon as {@code chart/icon.jte} draws it.
   *
   * @param label its words
   * @param labelShown whether the words are shown beside it (and the drawing hidden)
   * @param colour the ring's and the mark's colour
   * @param mark what is inside the ring
   * @param letter the letter, for {@link Mark#LETTER}
   * @param size the letter's size in px
   * @param arrow the arrow's points, "" for none
   */
  public record Icon(String label, boolean labelShown, String colour, Mark mark, String letter,
      int size, String arrow) {
    /** Where the letter is centred: left of the arrow when there is one. */
    public String letterX() {
      return String.valueOf(size);
    }

    /** The letter's baseline, so that it sits in the middle of the ring. */
    public String baseline() {
      return Numbers.coordinate(20 + size * 0.36);
    }
  }

  private static SafeHtml render(Icon icon) {
    return Templates.render("chart/icon.jte", Map.of("icon", icon));
  }

  private static Icon variationIcon(Variation variation, Optional<Direction> direction,
      boolean labelShown) {
    String label = variationLabel(variation, direction);
    return switch (variation) {
      case COMMON_CAUSE -> new Icon(label, labelShown, Palette.COMMON, Mark.ZIGZAG, "", 0, "");
      case NOT_ENOUGH_DATA -> new Icon(label, labelShown, Palette.COMMON, Mark.DASH, "", 0, "");
      default -> {
        String colour = variation == Variation.SPECIAL_CAUSE_CONCERN ? Palette.CONCERN
            : variation == Variation.SPECIAL_CAUSE_IMPROVEMENT ? Palette.IMPROVEMENT
            : Palette.NEUTRAL;
        String letter = direction.map(Direction::letter).orElse(
            variation.name().substring("SPECIAL_CAUSE_".length(), "SPECIAL_CAUSE_".length() + 1));
        // A small arrow beside the letter, pointing up for higher values and down for lower.
        String arrow = direction.map(d -> d == Direction.HIGHER ? "23.5,21 28,14 32.5,21"
            : "23.5,19 28,26 32.5,19").orElse("");
        yield new Icon(label, labelShown, colour, Mark.LETTER, letter,
            direction.isPresent() ? 16 : 20, arrow);
      }
    };
  }

  private static Icon assuranceIcon(Assurance assurance, boolean labelShown) {
    return switch (assurance) {
      case CONSISTENT_PASS -> new Icon(assurance.label(), labelShown, Palette.IMPROVEMENT,
          Mark.LETTER, "P", 20, "");
      case CONSISTENT_FAIL -> new Icon(assurance.label(), labelShown, Palette.CONCERN,
          Mark.LETTER, "F", 20, "");
      case INCONSISTENT -> new Icon(assurance.label(), labelShown, Palette.COMMON, Mark.LETTER,
          "?", 20, "");
      case NONE -> new Icon(assurance.label(), labelShown, Palette.COMMON, Mark.DASH, "", 0, "");
    };
  }
}
