package org.qsurv.app.web.html;

import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.threshold.ThresholdBand;

/**
 * A small coloured label for a status (a threshold's red / amber / green, a level, a review that is
 * overdue). The words always say the status: the colour only repeats it (WCAG 2.2 1.4.1, use of
 * colour), and each colour pair in the style sheet meets the 4.5:1 contrast of normal text.
 *
 * <p>Templates draw one with {@code tag/status.jte}: {@code @template.tag.status(text = "Red",
 * colour = StatusTag.Colour.RED)} gives {@code <strong class="tag tag-red">Red</strong>}.
 */
public final class StatusTag {
  private StatusTag() {}

  /** The colours a tag may take. */
  public enum Colour {
    /** Red: a red threshold band, an overdue review. */
    RED,
    /** Amber: an amber threshold band. */
    AMBER,
    /** Green: a green threshold band. */
    GREEN,
    /** Blue: information, such as a level of surveillance. */
    BLUE,
    /** Grey: no judgement (no thresholds, not enough data). */
    GREY;

    /** The style sheet's classes for a tag of this colour. */
    public String cssClass() {
      return "tag tag-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A level's colour: routine green, enhanced amber, intensive red. */
    public static Colour of(Level level) {
      return switch (level) {
        case ROUTINE -> GREEN;
        case ENHANCED -> AMBER;
        case INTENSIVE -> RED;
      };
    }

    /** A threshold status's colour: red, amber and green as they are, anything else grey. */
    public static Colour of(ThresholdBand band) {
      return switch (band) {
        case RED -> RED;
        case AMBER -> AMBER;
        case GREEN -> GREEN;
        default -> GREY;
      };
    }
  }
}
