package org.qsurv.app.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.html.Contrast;
import org.qsurv.app.web.html.Xhtml;
import org.w3c.dom.Element;

/**
 * Every letter and label drawn in the SVG of the Making Data Count icons and the XmR charts has
 * the contrast of text (WCAG 2.2 1.4.3): 4.5:1 against the white it is drawn on, or 3:1 for large
 * text (at least 24 px, or 18.66 px bold). axe-core cannot judge a single letter in an icon (it
 * reports "content too short" and leaves it for review), so this test does: the "H" and "L" of a
 * special-cause icon are 16 px bold, normal-size text, and need 4.5:1.
 */
class ChartTextContrastTest {
  private static final double LARGE = 24;
  private static final double LARGE_BOLD = 18.66;

  @Test
  void everyIconLetterHasTheContrastOfText() {
    List<String> icons = new ArrayList<>();
    for (Variation v : Variation.values()) {
      icons.add(MdcIcons.variation(v, Optional.empty()).markup());
      for (Direction d : Direction.values()) {
        icons.add(MdcIcons.variation(v, Optional.of(d)).markup());
      }
    }
    for (Assurance a : Assurance.values()) {
      icons.add(MdcIcons.assurance(a).markup());
    }
    int letters = 0;
    for (String icon : icons) {
      for (Element text : Xhtml.all(Xhtml.parseFragment(icon), "text")) {
        assertTextContrast(text, "13", icon);
        letters++;
      }
    }
    assertTrue(letters >= 6, "letters checked: " + letters);
  }

  @Test
  void everyChartLabelHasTheContrastOfText() {
    XmrChartData.Builder b = XmrChartData.builder("Summary Hospital-level Mortality Indicator",
        "ratio");
    PointClass[] classes = PointClass.values();
    for (int i = 0; i < 8; i++) {
      b.point("2025-0" + (i + 1), 1 + i / 100.0, classes[i % classes.length]);
    }
    String svg = XmrChart.svg("c", b.mean(1.04).limits(0.95, 1.13).target(1.0).build()).markup();
    Element root = Xhtml.all(Xhtml.parseFragment(svg), "svg").get(0);
    String inheritedSize = root.getAttribute("font-size");
    assertEquals("13", inheritedSize, "the chart's text size");
    List<Element> texts = Xhtml.all(root, "text");
    texts.forEach(t -> assertTextContrast(t, inheritedSize, "chart label"));
    assertTrue(texts.size() >= 10, "labels checked: " + texts.size());
  }

  @Test
  void theRuleKnowsLargeText() {
    // A check that cannot fail is no check: the old orange, 4.39:1, fails for a 16 px letter.
    assertTrue(Contrast.ratio("#c35a00", Palette.BACKGROUND) < 4.5);
    assertTrue(required(16, true) == 4.5 && required(20, true) == 3.0
        && required(20, false) == 4.5 && required(24, false) == 3.0);
  }

  private static void assertTextContrast(Element text, String inheritedSize, String where) {
    String fill = text.getAttribute("fill");
    assertTrue(fill.matches("#[0-9a-f]{6}"), "every text names its colour: " + where);
    double size = Double.parseDouble(text.getAttribute("font-size").isEmpty() ? inheritedSize
        : text.getAttribute("font-size"));
    boolean bold = text.getAttribute("font-weight").equals("bold");
    double ratio = Contrast.ratio(fill, Palette.BACKGROUND);
    assertTrue(ratio >= required(size, bold), "'" + text.getTextContent() + "' in " + fill
        + " at " + size + " px" + (bold ? " bold" : "") + " is " + ratio + ":1 in " + where);
  }

  private static double required(double px, boolean bold) {
    return px >= LARGE || bold && px >= LARGE_BOLD ? 3.0 : 4.5;
  }
}
