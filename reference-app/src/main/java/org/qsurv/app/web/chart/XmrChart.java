package org.qsurv.app.web.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Templates;

/**
 * A Making Data Count XmR chart (MDC) as inline SVG, drawn on the server with no script by the
 * templates {@code chart/xmr.jte} and {@code chart/figure.jte} from the coordinates computed here:
 * the values joined by a grey line; the mean as a solid line; the process limits as dashed lines;
 * the target, if any, as a dark red dash-dot line; each point marked by its classification, in
 * colour and in shape (grey circle for common cause, orange diamond for concern, blue square for
 * improvement, purple triangle for neither), with a legend. The SVG is {@code role="img"}, named by
 * its {@code <title>} and described by a {@code <desc>} that summarises the chart in words; {@link
 * #figure} adds a visually hidden table of every point for screen-reader users (WCAG 2.2 1.1.1).
 * jte escapes all text.
 *
 * <pre>{@code
 * SafeHtml chart = XmrChart.figure("shmi", data);   // id prefix, unique on the page
 * }</pre>
 */
public final class XmrChart {
  static final int WIDTH = 720;
  static final int HEIGHT = 400;
  static final double LEFT = 76;
  static final double RIGHT = WIDTH - 112;
  static final double TOP = 72;
  static final double BOTTOM = HEIGHT - 64;
  private static final double POINT_PAD = 12;
  private static final Pattern ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*");

  private XmrChart() {}

  /**
   * The chart in a {@code <figure>}: the SVG and, visually hidden, a table of its data.
   *
   * @param id a prefix for the ids in the markup, unique on the page
   */
  public static SafeHtml figure(String id, XmrChartData data) {
    return Templates.render("chart/figure.jte", Map.of("c", Drawing.of(id, data)));
  }

  /**
   * The chart as an {@code <svg>} element alone, well-formed XML in the SVG namespace.
   *
   * @param id a prefix for the ids in the markup, unique on the page
   */
  public static SafeHtml svg(String id, XmrChartData data) {
    return Templates.render("chart/xmr.jte", Map.of("c", Drawing.of(id, data)));
  }

  /**
   * What the templates draw, every coordinate computed.
   *
   * @param id the prefix of the chart's ids
   * @param data the series
   * @param description the chart in words ({@code <desc>})
   * @param linesInWords the mean, limits and target in words (the table's caption)
   * @param keyLines the legend's lines
   * @param keyMarkers the legend's markers
   * @param keyTexts the legend's words
   * @param ticks the value axis's ticks (text and y)
   * @param periods the periods labelled on the time axis (text and x)
   * @param lines the mean, the limits and the target
   * @param lineLabels their labels, moved apart so that none overlaps another
   * @param process the points of the line joining the values, empty for a single value
   * @param points each value's marker
   * @param stepMarks where the limits were recalculated: a vertical line at x labelled R1, R2...
   * @param noteMarks the annotations: a label A1, A2... at x above the plot
   */
  public record Drawing(String id, XmrChartData data, String description, String linesInWords,
      List<Line> keyLines, List<Marker> keyMarkers, List<Text> keyTexts, List<Text> ticks,
      List<Text> periods, List<Line> lines, List<Text> lineLabels, String process,
      List<Marker> points, List<Text> stepMarks, List<Text> noteMarks) {

    static Drawing of(String id, XmrChartData data) {
      if (id == null || !ID.matcher(id).matches()) {
        throw new IllegalArgumentException("chart id must be a plain identifier but was " + id);
      }
      Scale y = Scale.of(data);
      int n = data.size();
      List<Line> keyLines = new ArrayList<>();
      List<Marker> keyMarkers = new ArrayList<>();
      List<Text> keyTexts = new ArrayList<>();
      double x = LEFT;
      x = key(keyLines, keyTexts, x, "Mean", Palette.TEXT, "");
      x = key(keyLines, keyTexts, x, "Process limits", Palette.SECONDARY, "6 4");
      if (data.target().isPresent()) {
        key(keyLines, keyTexts, x, "Target", Palette.TARGET, "10 4 2 4");
      }
      double px = LEFT;
      for (PointClass pointClass : PointClass.values()) {
        if (data.classes().contains(pointClass)) {
          keyMarkers.add(Marker.of(pointClass, px + 6, 48, "", "", ""));
          keyTexts.add(new Text(pointClass.legend(), Numbers.coordinate(px + 18), "52"));
          px += 34 + pointClass.legend().length() * 7.8;
        }
      }
      List<Text> ticks = Arrays.stream(y.ticks()).mapToObj(t -> new Text(
          Numbers.fixed(t, y.decimals()), "", Numbers.coordinate(y.at(t)))).toList();
      List<Text> periods = new ArrayList<>();
      int every = Math.max(1, (int) Math.ceil(n / 8.0));
      for (int i = 0; i < n; i += every) {
        periods.add(new Text(data.periods().get(i), Numbers.coordinate(x(i, n)), ""));
      }
      List<Line> lines = new ArrayList<>();
      List<LineLabel> labels = new ArrayList<>();
      List<Text> stepMarks = new ArrayList<>();
      for (int k = 0; k < data.steps().size(); k++) {
        XmrChartData.Step step = data.steps().get(k);
        boolean last = k == data.steps().size() - 1;
        double from = k == 0 ? LEFT : between(step.from(), n);
        double to = last ? RIGHT : between(data.steps().get(k + 1).from(), n);
        List<LineLabel> own = last ? labels : new ArrayList<>();
        line(lines, own, "mean", "Mean", step.mean(), from, to, y, Palette.TEXT, "");
        line(lines, own, "upper-limit", "Upper", step.upperLimit(), from, to, y,
            Palette.SECONDARY, "6 4");
        line(lines, own, "lower-limit", "Lower", step.lowerLimit(), from, to, y,
            Palette.SECONDARY, "6 4");
        if (k > 0) {
          stepMarks.add(new Text("R" + k, Numbers.coordinate(from), ""));
        }
      }
      if (data.steps().isEmpty()) {
        line(lines, labels, "mean", "Mean", data.mean(), LEFT, RIGHT, y, Palette.TEXT, "");
        line(lines, labels, "upper-limit", "Upper", data.upperLimit(), LEFT, RIGHT, y,
            Palette.SECONDARY, "6 4");
        line(lines, labels, "lower-limit", "Lower", data.lowerLimit(), LEFT, RIGHT, y,
            Palette.SECONDARY, "6 4");
      }
      data.target().ifPresent(t -> line(lines, labels, "target", "Target", t, LEFT, RIGHT, y,
          Palette.TARGET, "10 4 2 4"));
      List<Text> noteMarks = new ArrayList<>();
      for (int k = 0; k < data.notes().size(); k++) {
        noteMarks.add(new Text("A" + (k + 1), Numbers.coordinate(x(data.notes().get(k).at(), n)),
            ""));
      }
      List<String> process = new ArrayList<>();
      List<Marker> points = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        double value = data.values().get(i);
        PointClass pointClass = data.classes().get(i);
        process.add(Numbers.coordinate(x(i, n)) + "," + Numbers.coordinate(y.at(value)));
        points.add(Marker.of(pointClass, x(i, n), y.at(value), data.periods().get(i) + ": "
            + Numbers.value(value) + ", " + pointClass.label(), data.periods().get(i),
            Numbers.value(value)));
      }
      return new Drawing(id, data, Summary.of(data), Summary.lines(data), keyLines, keyMarkers,
          keyTexts, ticks, periods, lines, spread(labels).stream().map(l -> new Text(l.text(),
              "", Numbers.coordinate(l.y()))).toList(), n < 2 ? "" : String.join(" ", process),
          points, stepMarks, noteMarks);
    }

    /** Half way between point {@code i - 1} and point {@code i}: where limits from i start. */
    private static double between(int i, int n) {
      return (x(i - 1, n) + x(i, n)) / 2;
    }

    private static double key(List<Line> lines, List<Text> texts, double x, String label,
        String colour, String dash) {
      lines.add(new Line("", Numbers.coordinate(x), Numbers.coordinate(x + 28), "22", colour,
          dash));
      texts.add(new Text(label, Numbers.coordinate(x + 34), "26"));
      return x + 52 + label.length() * 7.8;
    }

    private static void line(List<Line> lines, List<LineLabel> labels, String name, String label,
        double value, double from, double to, Scale y, String colour, String dash) {
      lines.add(new Line(name, Numbers.coordinate(from), Numbers.coordinate(to),
          Numbers.coordinate(y.at(value)), colour, dash));
      labels.add(new LineLabel(label + " " + Numbers.value(value), y.at(value)));
    }
  }

  /**
   * A horizontal line.
   *
   * @param name its class ("" for none)
   * @param x1 where it starts
   * @param x2 where it ends
   * @param y its height
   * @param colour its colour
   * @param dash its dash pattern ("" for solid)
   */
  public record Line(String name, String x1, String x2, String y, String colour, String dash) {}

  /**
   * A text at a place ("" for a coordinate the template gives).
   *
   * @param text the words
   * @param x where
   * @param y where
   */
  public record Text(String text, String x, String y) {}

  /**
   * A point's mark: its shape and its colour both say its class.
   *
   * @param kind the point's class
   * @param fill its colour
   * @param x the circle's centre or the square's left
   * @param y the circle's centre or the square's top
   * @param points a polygon's points
   * @param title the point in words (its tooltip)
   * @param period the point's period
   * @param value the point's value
   */
  public record Marker(PointClass kind, String fill, String x, String y, String points,
      String title, String period, String value) {
    static Marker of(PointClass kind, double px, double py, String title, String period,
        String value) {
      String x = Numbers.coordinate(kind == PointClass.IMPROVEMENT ? px - 5.5 : px);
      String y = Numbers.coordinate(kind == PointClass.IMPROVEMENT ? py - 5.5 : py);
      String points = switch (kind) {
        case CONCERN -> polygon(px, py, new double[] {0, -7, 7, 0, 0, 7, -7, 0});
        case NEUTRAL -> polygon(px, py, new double[] {0, -8, 7, 4, -7, 4});
        case COMMON, IMPROVEMENT -> "";
      };
      return new Marker(kind, Palette.of(kind), x, y, points, title, period, value);
    }

    /** The classes of the point's group. */
    public String cssClass() {
      return "point point-" + kind.name().toLowerCase(Locale.ROOT);
    }
  }

  static double x(int i, int n) {
    if (n == 1) {
      return (LEFT + RIGHT) / 2;
    }
    return LEFT + POINT_PAD + i * (RIGHT - LEFT - 2 * POINT_PAD) / (n - 1);
  }

  private static String polygon(double px, double py, double[] offsets) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < offsets.length; i += 2) {
      s.append(i == 0 ? "" : " ").append(Numbers.coordinate(px + offsets[i])).append(',')
          .append(Numbers.coordinate(py + offsets[i + 1]));
    }
    return s.toString();
  }

  /** Moves line labels apart so that none overlaps another, keeping their order. */
  static List<LineLabel> spread(List<LineLabel> labels) {
    List<LineLabel> sorted = new ArrayList<>(labels);
    sorted.sort(Comparator.comparingDouble(l -> l.y));
    double gap = 15;
    for (int i = 1; i < sorted.size(); i++) {
      LineLabel previous = sorted.get(i - 1);
      if (sorted.get(i).y - previous.y < gap) {
        sorted.set(i, new LineLabel(sorted.get(i).text, previous.y + gap));
      }
    }
    return sorted;
  }

  /** A label at the right-hand end of a horizontal line. */
  record LineLabel(String text, double y) {}

  /** The value axis: its range, its ticks, and where a value falls on it. */
  record Scale(double min, double max, double step) {
    static Scale of(XmrChartData data) {
      double lo = Math.min(data.lowerLimit(), data.values().stream()
          .mapToDouble(Double::doubleValue).min().orElseThrow());
      double hi = Math.max(data.upperLimit(), data.values().stream()
          .mapToDouble(Double::doubleValue).max().orElseThrow());
      for (XmrChartData.Step step : data.steps()) {
        lo = Math.min(lo, step.lowerLimit());
        hi = Math.max(hi, step.upperLimit());
      }
      if (data.target().isPresent()) {
        lo = Math.min(lo, data.target().getAsDouble());
        hi = Math.max(hi, data.target().getAsDouble());
      }
      if (hi - lo < 1e-9 * Math.max(1, Math.abs(hi))) {
        double half = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
        lo -= half;
        hi += half;
      }
      double step = niceStep((hi - lo) / 5);
      return new Scale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    /** 1, 2 or 5 times a power of ten: steps people read easily. */
    static double niceStep(double rough) {
      double power = Math.pow(10, Math.floor(Math.log10(rough)));
      double fraction = rough / power;
      double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
      return nice * power;
    }

    double at(double value) {
      return BOTTOM - (value - min) / (max - min) * (BOTTOM - TOP);
    }

    int decimals() {
      return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }

    double[] ticks() {
      int count = (int) Math.round((max - min) / step);
      double[] ticks = new double[count + 1];
      for (int i = 0; i <= count; i++) {
        ticks[i] = min + i * step;
      }
      return ticks;
    }

    @Override
    public String toString() {
      return "Scale" + Arrays.toString(ticks());
    }
  }

  /** The chart in words, for {@code <desc>} and the table's caption. */
  static final class Summary {
    private Summary() {}

    static String of(XmrChartData data) {
      int n = data.size();
      int last = n - 1;
      Map<PointClass, Integer> counts = new EnumMap<>(PointClass.class);
      data.classes().forEach(c -> counts.merge(c, 1, Integer::sum));
      StringBuilder s = new StringBuilder();
      s.append(data.title()).append(", ").append(n).append(n == 1 ? " point" : " points");
      if (n > 1) {
        s.append(" from ").append(data.periods().get(0)).append(" to ")
            .append(data.periods().get(last));
      }
      s.append(". ").append(lines(data)).append(" Latest point, ").append(data.periods().get(last))
          .append(": ").append(Numbers.value(data.values().get(last))).append(", ")
          .append(data.classes().get(last).label().toLowerCase(java.util.Locale.ROOT))
          .append(".");
      int special = n - counts.getOrDefault(PointClass.COMMON, 0);
      if (special == 0) {
        s.append(" Every point shows common-cause variation.");
      } else {
        List<String> parts = new ArrayList<>();
        for (PointClass c : List.of(PointClass.CONCERN, PointClass.IMPROVEMENT,
            PointClass.NEUTRAL)) {
          int k = counts.getOrDefault(c, 0);
          if (k > 0) {
            parts.add(k + " of " + (c == PointClass.CONCERN ? "concern"
                : c == PointClass.IMPROVEMENT ? "improvement" : "neither improvement nor concern"));
          }
        }
        s.append(" Points showing special-cause variation: ").append(String.join(", ", parts))
            .append(".");
      }
      s.append(notes(data));
      return s.toString();
    }

    /** The recalculations and annotations in words, each with its label on the chart. */
    static String notes(XmrChartData data) {
      StringBuilder s = new StringBuilder();
      for (int k = 1; k < data.steps().size(); k++) {
        XmrChartData.Step step = data.steps().get(k);
        s.append(" R").append(k).append(": limits recalculated from ")
            .append(data.periods().get(step.from())).append(" (mean ")
            .append(Numbers.value(step.mean())).append(", limits ")
            .append(Numbers.value(step.lowerLimit())).append(" to ")
            .append(Numbers.value(step.upperLimit())).append("): ").append(step.reason())
            .append(".");
      }
      for (int k = 0; k < data.notes().size(); k++) {
        XmrChartData.Note note = data.notes().get(k);
        s.append(" A").append(k + 1).append(", ").append(note.when()).append(": ")
            .append(note.text()).append(".");
      }
      return s.toString();
    }

    static String lines(XmrChartData data) {
      String s = "Mean " + Numbers.value(data.mean()) + "; process limits "
          + Numbers.value(data.lowerLimit()) + " to " + Numbers.value(data.upperLimit());
      if (data.target().isPresent()) {
        s += "; target " + Numbers.value(data.target().getAsDouble());
      }
      return s + ".";
    }
  }
}
