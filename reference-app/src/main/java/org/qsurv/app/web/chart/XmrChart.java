package org.qsurv.app.web.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.qsurv.app.web.html.Attributes;
import org.qsurv.app.web.html.HtmlBuilder;
import org.qsurv.app.web.html.SafeHtml;

/**
 * Draws a Making Data Count XmR chart (MDC) as inline SVG, on the server, with no
 * script: the values joined by a grey line; the mean as a solid line; the process limits as dashed
 * lines; the target, if any, as a dark red dash-dot line; each point marked by its classification,
 * in colour and in shape (grey circle for common cause, orange diamond for concern, blue square for
 * improvement, purple triangle for neither), with a legend. The SVG is {@code role="img"}, named by
 * its {@code <title>} and described by a {@code <desc>} that summarises the chart in words; {@link
 * #figure} adds a visually hidden table of every point for screen-reader users (WCAG 2.2 1.1.1).
 * All text is escaped.
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
  private static final String FONT = "Arial, Helvetica, sans-serif";
  private static final Pattern ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*");

  private XmrChart() {}

  /**
   * The chart in a {@code <figure>}: the SVG and, visually hidden, a table of its data.
   *
   * @param id a prefix for the ids in the markup, unique on the page
   */
  public static SafeHtml figure(String id, XmrChartData data) {
    checkId(id);
    return new HtmlBuilder()
        .open("figure", "class", "chart", "id", "chart-" + id)
        .append(svg(id, data))
        .append(table(data))
        .close("figure")
        .build();
  }

  /**
   * The chart as an {@code <svg>} element alone, well-formed XML in the SVG namespace.
   *
   * @param id a prefix for the ids in the markup, unique on the page
   */
  public static SafeHtml svg(String id, XmrChartData data) {
    checkId(id);
    Scale y = Scale.of(data);
    String titleId = "chart-" + id + "-title";
    String descId = "chart-" + id + "-desc";
    HtmlBuilder b = new HtmlBuilder();
    b.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
        "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT), "role", "img",
        "aria-labelledby", titleId + " " + descId, "focusable", "false",
        "font-family", FONT, "font-size", "13");
    b.element("title", data.title() + ": XmR chart", "id", titleId);
    b.element("desc", Summary.of(data), "id", descId);
    b.empty("rect", "x", "0", "y", "0", "width", String.valueOf(WIDTH), "height",
        String.valueOf(HEIGHT), "fill", Palette.BACKGROUND);
    legend(b, data);
    yAxis(b, data, y);
    xAxis(b, data);
    lines(b, data, y);
    processLine(b, data, y);
    points(b, data, y);
    b.close("svg");
    return b.build();
  }

  static double x(int i, int n) {
    if (n == 1) {
      return (LEFT + RIGHT) / 2;
    }
    return LEFT + POINT_PAD + i * (RIGHT - LEFT - 2 * POINT_PAD) / (n - 1);
  }

  private static void legend(HtmlBuilder b, XmrChartData data) {
    b.open("g", "class", "legend");
    double x = LEFT;
    x = legendLine(b, x, 22, "Mean", Palette.TEXT, "");
    x = legendLine(b, x, 22, "Process limits", Palette.SECONDARY, "6 4");
    if (data.target().isPresent()) {
      legendLine(b, x, 22, "Target", Palette.TARGET, "10 4 2 4");
    }
    double px = LEFT;
    for (PointClass pointClass : PointClass.values()) {
      if (!data.classes().contains(pointClass)) {
        continue;
      }
      marker(b, pointClass, px + 6, 48, "legend-marker");
      String label = pointClass.legend();
      b.element("text", label, "x", Numbers.coordinate(px + 18), "y", "52", "fill", Palette.TEXT);
      px += 34 + label.length() * 7.8;
    }
    b.close("g");
  }

  private static double legendLine(HtmlBuilder b, double x, double y, String label, String colour,
      String dash) {
    Attributes line = Attributes.of("x1", Numbers.coordinate(x), "y1", Numbers.coordinate(y),
        "x2", Numbers.coordinate(x + 28), "y2", Numbers.coordinate(y), "stroke", colour,
        "stroke-width", "2").setIf(!dash.isEmpty(), "stroke-dasharray", dash);
    b.empty("line", line);
    b.element("text", label, "x", Numbers.coordinate(x + 34), "y", Numbers.coordinate(y + 4),
        "fill", Palette.TEXT);
    return x + 52 + label.length() * 7.8;
  }

  private static void yAxis(HtmlBuilder b, XmrChartData data, Scale y) {
    b.open("g", "class", "y-axis", "text-anchor", "end");
    for (double tick : y.ticks()) {
      String py = Numbers.coordinate(y.at(tick));
      b.empty("line", "x1", Numbers.coordinate(LEFT), "x2", Numbers.coordinate(RIGHT), "y1", py,
          "y2", py, "stroke", Palette.GRID);
      b.element("text", Numbers.fixed(tick, y.decimals()), "x", Numbers.coordinate(LEFT - 8),
          "y", py, "dy", "0.35em", "fill", Palette.TEXT);
    }
    b.empty("line", "x1", Numbers.coordinate(LEFT), "x2", Numbers.coordinate(LEFT), "y1",
        Numbers.coordinate(TOP), "y2", Numbers.coordinate(BOTTOM), "stroke", Palette.TEXT);
    double middle = (TOP + BOTTOM) / 2;
    b.element("text", data.valueLabel(), "x", "18", "y", Numbers.coordinate(middle),
        "text-anchor", "middle", "fill", Palette.TEXT,
        "transform", "rotate(-90 18 " + Numbers.coordinate(middle) + ")");
    b.close("g");
  }

  private static void xAxis(HtmlBuilder b, XmrChartData data) {
    int n = data.size();
    b.open("g", "class", "x-axis", "text-anchor", "middle", "stroke", Palette.TEXT);
    b.empty("line", "x1", Numbers.coordinate(LEFT), "x2", Numbers.coordinate(RIGHT), "y1",
        Numbers.coordinate(BOTTOM), "y2", Numbers.coordinate(BOTTOM));
    int every = Math.max(1, (int) Math.ceil(n / 8.0));
    for (int i = 0; i < n; i += every) {
      String px = Numbers.coordinate(x(i, n));
      b.empty("line", "x1", px, "x2", px, "y1", Numbers.coordinate(BOTTOM), "y2",
          Numbers.coordinate(BOTTOM + 5));
      b.element("text", data.periods().get(i), "x", px, "y", Numbers.coordinate(BOTTOM + 20),
          "stroke", "none", "fill", Palette.TEXT);
    }
    b.element("text", "Period", "x", Numbers.coordinate((LEFT + RIGHT) / 2), "y",
        Numbers.coordinate(HEIGHT - 14), "stroke", "none", "fill", Palette.TEXT);
    b.close("g");
  }

  private static void lines(HtmlBuilder b, XmrChartData data, Scale y) {
    List<LineLabel> labels = new ArrayList<>();
    b.open("g", "class", "lines");
    line(b, "mean", y.at(data.mean()), Palette.TEXT, "");
    labels.add(new LineLabel("Mean " + Numbers.value(data.mean()), y.at(data.mean())));
    line(b, "upper-limit", y.at(data.upperLimit()), Palette.SECONDARY, "6 4");
    labels.add(new LineLabel("Upper " + Numbers.value(data.upperLimit()),
        y.at(data.upperLimit())));
    line(b, "lower-limit", y.at(data.lowerLimit()), Palette.SECONDARY, "6 4");
    labels.add(new LineLabel("Lower " + Numbers.value(data.lowerLimit()),
        y.at(data.lowerLimit())));
    if (data.target().isPresent()) {
      double t = data.target().getAsDouble();
      line(b, "target", y.at(t), Palette.TARGET, "10 4 2 4");
      labels.add(new LineLabel("Target " + Numbers.value(t), y.at(t)));
    }
    for (LineLabel label : spread(labels)) {
      b.element("text", label.text, "x", Numbers.coordinate(RIGHT + 6), "y",
          Numbers.coordinate(label.y), "dy", "0.35em", "fill", Palette.TEXT);
    }
    b.close("g");
  }

  private static void line(HtmlBuilder b, String name, double py, String colour, String dash) {
    b.empty("line", Attributes.of("class", name, "x1", Numbers.coordinate(LEFT), "x2",
        Numbers.coordinate(RIGHT), "y1", Numbers.coordinate(py), "y2", Numbers.coordinate(py),
        "stroke", colour, "stroke-width", "2").setIf(!dash.isEmpty(), "stroke-dasharray", dash));
  }

  private static void processLine(HtmlBuilder b, XmrChartData data, Scale y) {
    if (data.size() < 2) {
      return;
    }
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < data.size(); i++) {
      points.append(i == 0 ? "" : " ").append(Numbers.coordinate(x(i, data.size()))).append(',')
          .append(Numbers.coordinate(y.at(data.values().get(i))));
    }
    b.empty("polyline", "class", "process", "points", points.toString(), "fill", "none",
        "stroke", Palette.PROCESS_LINE, "stroke-width", "1.5");
  }

  private static void points(HtmlBuilder b, XmrChartData data, Scale y) {
    b.open("g", "class", "points");
    for (int i = 0; i < data.size(); i++) {
      PointClass pointClass = data.classes().get(i);
      double px = x(i, data.size());
      double py = y.at(data.values().get(i));
      b.open("g", "class", "point point-" + pointClass.name().toLowerCase(java.util.Locale.ROOT));
      b.element("title", data.periods().get(i) + ": " + Numbers.value(data.values().get(i))
          + ", " + pointClass.label());
      marker(b, pointClass, px, py, "");
      b.close("g");
    }
    b.close("g");
  }

  /**
   * A point's mark: its shape and colour both say its class. {@code cssClass} may be empty: the
   * chart's points are named by their group, and leave it out (one less attribute per point).
   */
  static void marker(HtmlBuilder b, PointClass pointClass, double px, double py, String cssClass) {
    String fill = Palette.of(pointClass);
    Attributes a = cssClass.isEmpty() ? Attributes.none() : Attributes.of("class", cssClass);
    switch (pointClass) {
      case COMMON -> b.empty("circle", a.set("cx", Numbers.coordinate(px))
          .set("cy", Numbers.coordinate(py)).set("r", "4").set("fill", fill));
      case CONCERN -> b.empty("polygon", a.set("points",
          polygon(px, py, new double[] {0, -7, 7, 0, 0, 7, -7, 0})).set("fill", fill));
      case IMPROVEMENT -> b.empty("rect", a.set("x", Numbers.coordinate(px - 5.5))
          .set("y", Numbers.coordinate(py - 5.5)).set("width", "11").set("height", "11")
          .set("fill", fill));
      case NEUTRAL -> b.empty("polygon", a.set("points",
          polygon(px, py, new double[] {0, -8, 7, 4, -7, 4})).set("fill", fill));
      default -> throw new IllegalStateException(pointClass.name());
    }
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

  private static SafeHtml table(XmrChartData data) {
    // Hidden by a wrapping block: a table box ignores overflow, so a table that is itself
    // visually hidden still spills its cells past the page's edge (WCAG 2.2 1.4.10, reflow).
    HtmlBuilder b = new HtmlBuilder().open("div", "class", "visually-hidden")
        .open("table", "class", "table");
    b.element("caption", "Data for the chart of " + data.title() + ". " + Summary.lines(data));
    b.open("thead").open("tr")
        .element("th", "Period", "scope", "col")
        .element("th", "Value (" + data.valueLabel() + ")", "scope", "col")
        .element("th", "Variation", "scope", "col")
        .close("tr").close("thead");
    b.open("tbody");
    for (int i = 0; i < data.size(); i++) {
      b.open("tr")
          .element("th", data.periods().get(i), "scope", "row")
          .element("td", Numbers.value(data.values().get(i)), "class", "numeric")
          .element("td", data.classes().get(i).label())
          .close("tr");
    }
    return b.close("tbody").close("table").close("div").build();
  }

  private static void checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("chart id must be a plain identifier but was " + id);
    }
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
