package org.qsurv.app.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.html.Contrast;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Xhtml;
import org.w3c.dom.Element;

/** Making Data Count's variation and assurance icons (MDC), drawn by us. */
class MdcIconsTest {
  @Test
  void everyVariationIconIsAnImageNamedByItsLabel() {
    Set<String> labels = new HashSet<>();
    for (Variation variation : Variation.values()) {
      for (Optional<Direction> direction : List.of(Optional.<Direction>empty(),
          Optional.of(Direction.HIGHER), Optional.of(Direction.LOWER))) {
        String label = MdcIcons.variationLabel(variation, direction);
        Element svg = svgOf(MdcIcons.variation(variation, direction));
        assertEquals("img", svg.getAttribute("role"));
        assertEquals(label, svg.getAttribute("aria-label"));
        assertEquals(label, Xhtml.all(svg, "title").get(0).getTextContent());
        labels.add(label);
      }
    }
    // Common cause and not enough data have no direction: 2 + 3 x 3 distinct labels.
    assertEquals(11, labels.size(), labels.toString());
  }

  @Test
  void everyAssuranceIconIsAnImageNamedByItsLabel() {
    Set<String> labels = new HashSet<>();
    for (Assurance assurance : Assurance.values()) {
      Element svg = svgOf(MdcIcons.assurance(assurance));
      assertEquals("img", svg.getAttribute("role"));
      assertEquals(assurance.label(), Xhtml.all(svg, "title").get(0).getTextContent());
      labels.add(assurance.label());
    }
    assertEquals(Assurance.values().length, labels.size());
  }

  @Test
  void theLabelledFormShowsTheWordsAndHidesTheDrawing() {
    Element root = Xhtml.parse(MdcIcons.assuranceWithLabel(Assurance.INCONSISTENT).markup())
        .getDocumentElement();
    Element svg = Xhtml.all(root, "svg").get(0);
    assertEquals("true", svg.getAttribute("aria-hidden"));
    assertFalse(svg.hasAttribute("role"));
    assertEquals(0, Xhtml.all(svg, "title").size());
    assertEquals(Assurance.INCONSISTENT.label(), Xhtml.all(root, "span").get(0).getTextContent());
  }

  @Test
  void aSpecialCauseShowsItsDirectionAsHOrL() {
    assertEquals("H", letter(MdcIcons.variation(Variation.SPECIAL_CAUSE_CONCERN,
        Optional.of(Direction.HIGHER))));
    assertEquals("L", letter(MdcIcons.variation(Variation.SPECIAL_CAUSE_IMPROVEMENT,
        Optional.of(Direction.LOWER))));
    assertEquals("N", letter(MdcIcons.variation(Variation.SPECIAL_CAUSE_NEUTRAL,
        Optional.empty())));
    assertEquals("Special cause variation of concern (higher values)",
        MdcIcons.variationLabel(Variation.SPECIAL_CAUSE_CONCERN, Optional.of(Direction.HIGHER)));
  }

  @Test
  void theIconsUseTheResultsColours() {
    assertEquals(Palette.CONCERN, ring(MdcIcons.variation(Variation.SPECIAL_CAUSE_CONCERN,
        Optional.empty())));
    assertEquals(Palette.IMPROVEMENT, ring(MdcIcons.variation(
        Variation.SPECIAL_CAUSE_IMPROVEMENT, Optional.empty())));
    assertEquals(Palette.NEUTRAL, ring(MdcIcons.variation(Variation.SPECIAL_CAUSE_NEUTRAL,
        Optional.empty())));
    assertEquals(Palette.COMMON, ring(MdcIcons.variation(Variation.COMMON_CAUSE,
        Optional.empty())));
    assertEquals(Palette.IMPROVEMENT, ring(MdcIcons.assurance(Assurance.CONSISTENT_PASS)));
    assertEquals(Palette.CONCERN, ring(MdcIcons.assurance(Assurance.CONSISTENT_FAIL)));
    assertEquals("P", letter(MdcIcons.assurance(Assurance.CONSISTENT_PASS)));
    assertEquals("F", letter(MdcIcons.assurance(Assurance.CONSISTENT_FAIL)));
  }

  @Test
  void everyChartAndIconColourStandsOutFromWhiteByThreeToOne() {
    // WCAG 2.2 1.4.11, non-text contrast.
    for (String colour : List.of(Palette.COMMON, Palette.CONCERN, Palette.IMPROVEMENT,
        Palette.NEUTRAL, Palette.TARGET, Palette.SECONDARY, Palette.PROCESS_LINE, Palette.TEXT)) {
      double ratio = Contrast.ratio(colour, Palette.BACKGROUND);
      assertTrue(ratio >= 3.0, colour + " is " + ratio + ":1");
    }
    assertTrue(Contrast.ratio(Palette.TEXT, Palette.BACKGROUND) >= 4.5, "chart text");
  }

  @Test
  void theEnumsMatchTheAssessmentFormatsSpellings() {
    // SNAPSHOT.md: variation and assurance values map by name.
    assertEquals(List.of("COMMON_CAUSE", "SPECIAL_CAUSE_CONCERN", "SPECIAL_CAUSE_IMPROVEMENT",
        "SPECIAL_CAUSE_NEUTRAL", "NOT_ENOUGH_DATA"),
        List.of(Variation.values()).stream().map(Enum::name).toList());
    assertEquals(List.of("CONSISTENT_PASS", "CONSISTENT_FAIL", "INCONSISTENT", "NONE"),
        List.of(Assurance.values()).stream().map(Enum::name).toList());
  }

  private static Element svgOf(SafeHtml icon) {
    return Xhtml.all(Xhtml.parse(icon.markup()).getDocumentElement(), "svg").get(0);
  }

  private static String letter(SafeHtml icon) {
    return Xhtml.all(svgOf(icon), "text").get(0).getTextContent();
  }

  private static String ring(SafeHtml icon) {
    return Xhtml.all(svgOf(icon), "circle").get(0).getAttribute("stroke");
  }
}
