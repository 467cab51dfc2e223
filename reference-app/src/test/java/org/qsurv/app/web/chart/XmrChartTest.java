package org.qsurv.app.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.html.Xhtml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Making Data Count XmR chart (MDC) as accessible inline SVG. */
class XmrChartTest {
  // A hand-made series: mean 1.04, limits 0.95 and 1.13 as a scoring run might report them; the
  // classes are given, not computed: the chart must draw exactly what it is told.
  private static final PointClass[] CLASSES = {
      PointClass.COMMON, PointClass.COMMON, PointClass.IMPROVEMENT, PointClass.COMMON,
      PointClass.NEUTRAL, PointClass.COMMON, PointClass.CONCERN, PointClass.CONCERN};
  private static final double[] VALUES = {1.01, 1.03, 0.93, 1.02, 1.12, 1.00, 1.15, 1.18};

  private static XmrChartData data(boolean withTarget) {
    XmrChartData.Builder b = XmrChartData.builder("Summary Hospital-level Mortality Indicator",
        "ratio");
    for (int i = 0; i < VALUES.length; i++) {
      b.point("2025-0" + (i + 1), VALUES[i], CLASSES[i]);
    }
    b.mean(1.04).limits(0.95, 1.13);
    if (withTarget) {
      b.target(1.0);
    }
    return b.build();
  }

  @Test
  void theSvgIsWellFormedAndAnAccessibleImage() {
    Document doc = Xhtml.parse(XmrChart.svg("shmi", data(true)).markup());
    Element svg = doc.getDocumentElement();
    assertEquals("svg", svg.getTagName());
    assertEquals("http://www.w3.org/2000/svg", svg.getAttribute("xmlns"));
    assertEquals("img", svg.getAttribute("role"));
    String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
    assertEquals("title", Xhtml.byId(doc, labelledBy[0]).getTagName());
    assertEquals("desc", Xhtml.byId(doc, labelledBy[1]).getTagName());
    assertEquals("Summary Hospital-level Mortality Indicator: XmR chart",
        Xhtml.byId(doc, labelledBy[0]).getTextContent());
    assertEquals(svg, Xhtml.byId(doc, labelledBy[0]).getParentNode(), "title is the first child");
  }

  @Test
  void theDescriptionSummarisesTheChartInWords() {
    Document doc = Xhtml.parse(XmrChart.svg("shmi", data(true)).markup());
    String desc = Xhtml.all(doc, "desc").get(0).getTextContent();
    assertEquals("Summary Hospital-level Mortality Indicator, 8 points from 2025-01 to 2025-08. "
        + "Mean 1.04; process limits 0.95 to 1.13; target 1. Latest point, 2025-08: 1.18, "
        + "special cause: concern. Points showing special-cause variation: 2 of concern, "
        + "1 of improvement, 1 of neither improvement nor concern.", desc);
  }

  @Test
  void everyPointIsDrawnInItsGivenClassByColourAndShape() {
    Document doc = Xhtml.parse(XmrChart.svg("shmi", data(true)).markup());
    List<Element> points = byClassPrefix(doc, "point ");
    assertEquals(VALUES.length, points.size());
    for (int i = 0; i < points.size(); i++) {
      Element point = points.get(i);
      PointClass expected = CLASSES[i];
      assertEquals("point point-" + expected.name().toLowerCase(), point.getAttribute("class"));
      Element marker = firstShape(point);
      assertEquals(Palette.of(expected), marker.getAttribute("fill"), "point " + i);
      String shape = switch (expected) {
        case COMMON -> "circle";
        case CONCERN, NEUTRAL -> "polygon";
        case IMPROVEMENT -> "rect";
      };
      assertEquals(shape, marker.getTagName(), "point " + i);
      assertTrue(Xhtml.all(point, "title").get(0).getTextContent().startsWith("2025-0" + (i + 1)
          + ": "), "each point has a tooltip");
    }
  }

  @Test
  void concernIsOrangeImprovementBlueNeitherPurpleCommonGrey() {
    assertEquals("#b85400", Palette.of(PointClass.CONCERN));
    assertEquals("#0072ce", Palette.of(PointClass.IMPROVEMENT));
    assertEquals("#6d2077", Palette.of(PointClass.NEUTRAL));
    assertEquals("#768692", Palette.of(PointClass.COMMON));
  }

  @Test
  void higherValuesAreDrawnHigher() {
    Document doc = Xhtml.parse(XmrChart.svg("shmi", data(true)).markup());
    List<Double> ys = new ArrayList<>();
    for (Element point : byClassPrefix(doc, "point ")) {
      ys.add(centreY(firstShape(point)));
    }
    for (int i = 0; i < VALUES.length; i++) {
      for (int j = 0; j < VALUES.length; j++) {
        if (VALUES[i] > VALUES[j]) {
          assertTrue(ys.get(i) < ys.get(j), "point " + i + " above point " + j);
        }
      }
    }
  }

  @Test
  void theMeanIsSolidTheLimitsDashedAndTheTargetDistinct() {
    Document doc = Xhtml.parse(XmrChart.svg("shmi", data(true)).markup());
    Element mean = line(doc, "mean");
    Element upper = line(doc, "upper-limit");
    Element lower = line(doc, "lower-limit");
    Element target = line(doc, "target");
    assertFalse(mean.hasAttribute("stroke-dasharray"), "mean is solid");
    assertTrue(upper.hasAttribute("stroke-dasharray"), "upper limit is dashed");
    assertEquals(upper.getAttribute("stroke-dasharray"), lower.getAttribute("stroke-dasharray"));
    assertTrue(target.hasAttribute("stroke-dasharray"));
    assertNotEquals(upper.getAttribute("stroke-dasharray"),
        target.getAttribute("stroke-dasharray"), "the target is not drawn like a limit");
    assertNotEquals(upper.getAttribute("stroke"), target.getAttribute("stroke"));
    double yUpper = Double.parseDouble(upper.getAttribute("y1"));
    double yMean = Double.parseDouble(mean.getAttribute("y1"));
    double yTarget = Double.parseDouble(target.getAttribute("y1"));
    double yLower = Double.parseDouble(lower.getAttribute("y1"));
    assertTrue(yUpper < yMean && yMean < yTarget && yTarget < yLower,
        "1.13 above 1.04 above 1.0 above 0.95");
  }

  @Test
  void withoutATargetNoTargetLineIsDrawn() {
    Document doc = Xhtml.parse(XmrChart.svg("shmi", data(false)).markup());
    assertTrue(byClassPrefix(doc, "target").isEmpty());
    assertFalse(Xhtml.all(doc, "desc").get(0).getTextContent().contains("target"));
  }

  @Test
  void theAxesAreLabelledAndTheTicksCoverEveryLine() {
    Document doc = Xhtml.parse(XmrChart.svg("shmi", data(true)).markup());
    List<String> texts = Xhtml.all(doc, "text").stream().map(Element::getTextContent).toList();
    assertTrue(texts.contains("ratio"), "value axis label");
    assertTrue(texts.contains("Period"), "period axis label");
    assertTrue(texts.contains("2025-01"), "first period on the axis");
    assertTrue(texts.containsAll(List.of("Mean 1.04", "Upper 1.13", "Lower 0.95", "Target 1")));
    List<Double> ticks = byClassPrefix(doc, "y-axis").stream()
        .flatMap(g -> Xhtml.all(g, "text").stream()).map(Element::getTextContent)
        .filter(t -> t.matches("-?[0-9.]+")).map(Double::parseDouble).toList();
    assertTrue(ticks.get(0) <= 0.93, "lowest tick below every value: " + ticks);
    assertTrue(ticks.get(ticks.size() - 1) >= 1.18, "highest tick above every value: " + ticks);
  }

  @Test
  void theFigureCarriesAVisuallyHiddenTableOfEveryPoint() {
    Element root = Xhtml.parse(XmrChart.figure("shmi", data(true)).markup()).getDocumentElement();
    assertEquals("figure", root.getTagName());
    Element table = Xhtml.all(root, "table").get(0);
    assertTrue(((Element) table.getParentNode()).getAttribute("class")
        .contains("visually-hidden"));
    assertTrue(Xhtml.all(table, "caption").get(0).getTextContent()
        .contains("Mean 1.04; process limits 0.95 to 1.13; target 1."));
    List<Element> rows = Xhtml.all(Xhtml.all(table, "tbody").get(0), "tr");
    assertEquals(VALUES.length, rows.size());
    Element last = rows.get(VALUES.length - 1);
    assertEquals("2025-08", Xhtml.all(last, "th").get(0).getTextContent());
    assertEquals("1.18", Xhtml.all(last, "td").get(0).getTextContent());
    assertEquals("Special cause: concern", Xhtml.all(last, "td").get(1).getTextContent());
  }

  @Test
  void everyTextIsEscaped() {
    XmrChartData hostile = XmrChartData.builder("<script>alert(1)</script> & \"x\"", "<b>unit</b>")
        .point("<i>p</i>", 1, PointClass.COMMON).point("p2", 2, PointClass.CONCERN)
        .mean(1.5).limits(0, 3).build();
    String markup = XmrChart.figure("x", hostile).markup();
    Element root = Xhtml.parse(markup).getDocumentElement();
    assertEquals(0, Xhtml.all(root, "script").size());
    assertEquals(0, Xhtml.all(root, "b").size());
    assertEquals(0, Xhtml.all(root, "i").size());
    assertTrue(Xhtml.all(root, "title").get(0).getTextContent().startsWith("<script>"));
  }

  @Test
  void anySeriesGivesAWellFormedChartInsideItsViewBox() {
    // For all series (a fixed sample): one to sixty points, any scale, flat or not.
    Random random = new Random(8_2L);
    for (int run = 0; run < 300; run++) {
      int n = 1 + random.nextInt(60);
      double scale = Math.pow(10, random.nextInt(9) - 4);
      double offset = (random.nextDouble() - 0.5) * 100 * scale;
      boolean flat = random.nextInt(10) == 0;
      XmrChartData.Builder b = XmrChartData.builder("Indicator " + run, "unit");
      double sum = 0;
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        double v = flat ? offset : offset + random.nextGaussian() * scale;
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
        b.point("P" + i, v, PointClass.values()[random.nextInt(4)]);
      }
      double mean = sum / n;
      b.mean(mean).limits(Math.min(min, mean - scale), Math.max(max, mean + scale));
      if (random.nextBoolean()) {
        b.target(offset + random.nextGaussian() * 3 * scale);
      }
      XmrChartData data = b.build();
      String markup = XmrChart.svg("c" + run, data).markup();
      assertFalse(markup.contains("NaN") || markup.contains("Infinity"), markup);
      Document doc = Xhtml.parse(markup);
      List<Element> points = byClassPrefix(doc, "point ");
      assertEquals(n, points.size());
      for (Element point : points) {
        double y = centreY(firstShape(point));
        assertTrue(y >= XmrChart.TOP - 0.5 && y <= XmrChart.BOTTOM + 0.5,
            "run " + run + ": y " + y + " inside the plot");
      }
    }
  }

  @Test
  void invalidDataIsRefusedNamingTheProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> XmrChartData.builder("SHMI", "ratio").point("2025-01", 1, PointClass.COMMON)
            .mean(1).limits(1.1, 1.2).build());
    assertTrue(e.getMessage().contains("lower limit <= mean <= upper limit"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> XmrChartData.builder("SHMI", "ratio").mean(1).limits(0, 2).build());
    assertThrows(IllegalArgumentException.class,
        () -> XmrChartData.builder("SHMI", "ratio").point("2025-01", Double.NaN, PointClass.COMMON)
            .mean(1).limits(0, 2).build());
    assertThrows(IllegalArgumentException.class, () -> XmrChart.svg("bad id", data(true)));
  }

  @Test
  void lineLabelsThatWouldOverlapAreMovedApart() {
    List<XmrChart.LineLabel> spread = XmrChart.spread(List.of(new XmrChart.LineLabel("Mean", 100),
        new XmrChart.LineLabel("Target", 101), new XmrChart.LineLabel("Upper", 50)));
    assertEquals(List.of("Upper", "Mean", "Target"), spread.stream().map(l -> l.text()).toList());
    assertTrue(spread.get(2).y() - spread.get(1).y() >= 15);
  }

  private static List<Element> byClassPrefix(Document doc, String prefix) {
    return Xhtml.all(doc, "*").stream().filter(e -> (e.getAttribute("class") + " ")
        .startsWith(prefix.endsWith(" ") ? prefix : prefix + " ")).toList();
  }

  private static Element line(Document doc, String name) {
    List<Element> lines = Xhtml.all(doc, "line").stream()
        .filter(l -> l.getAttribute("class").equals(name)).toList();
    assertEquals(1, lines.size(), name);
    return lines.get(0);
  }

  private static Element firstShape(Element group) {
    for (String tag : List.of("circle", "polygon", "rect")) {
      List<Element> found = Xhtml.all(group, tag);
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    throw new AssertionError("no marker in " + group.getAttribute("class"));
  }

  private static double centreY(Element shape) {
    return switch (shape.getTagName()) {
      case "circle" -> Double.parseDouble(shape.getAttribute("cy"));
      case "rect" -> Double.parseDouble(shape.getAttribute("y"))
          + Double.parseDouble(shape.getAttribute("height")) / 2;
      default -> {
        String[] pts = shape.getAttribute("points").split(" ");
        double sum = 0;
        for (String p : pts) {
          sum += Double.parseDouble(p.split(",")[1]);
        }
        yield sum / pts.length;
      }
    };
  }
}
