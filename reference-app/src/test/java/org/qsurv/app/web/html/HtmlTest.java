package org.qsurv.app.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * OWASP XSS Prevention Cheat Sheet rules 1 (element content) and 2 (attribute values), as our
 * templates apply them: jte's HTML content type escapes every value for the context it is written
 * in, so data can neither open an element nor leave its attribute.
 */
class HtmlTest {
  /** A paragraph of {@code text} ({@code message.jte}). */
  private static String paragraph(String text) {
    return Templates.render("message.jte", Map.of("text", text)).markup();
  }

  /** An input whose value attribute is {@code value} ({@code tag/input.jte}). */
  private static Element input(String value) {
    return Xhtml.all(Xhtml.parseFragment(Templates.render("tag/input.jte",
        Map.of("field", Field.of("x", "X").withValue(value))).markup()), "input").get(0);
  }

  @Test
  void theSpecialCharactersBecomeReferences() {
    assertEquals("<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"q\"</p>",
        paragraph("<script>alert('x')</script> & \"q\""));
    assertEquals("x&amp;y", Xhtml.escape("x&y"));
  }

  @Test
  void plainTextIsUnchanged() {
    assertEquals("<p>Somerset NHS Foundation Trust – RH5 – ward 4 (£12)</p>",
        paragraph("Somerset NHS Foundation Trust – RH5 – ward 4 (£12)"));
  }

  @Test
  void textCannotOpenAnElement() {
    Element root = Xhtml.parseFragment(paragraph("<img src=x onerror=alert(1)>"));
    assertEquals(1, Xhtml.all(root, "p").size());
    assertEquals(0, Xhtml.all(root, "img").size());
    assertEquals("<img src=x onerror=alert(1)>", Xhtml.all(root, "p").get(0).getTextContent());
  }

  @Test
  void anAttributeValueCannotCloseItsQuotesOrAddAnAttribute() {
    String hostile = "x\" onmouseover=\"alert(1)\" data-a='b' <>&";
    Element input = input(hostile);
    assertEquals(hostile, input.getAttribute("value"));
    assertFalse(input.hasAttribute("onmouseover"));
    assertFalse(input.hasAttribute("data-a"), "no attribute was injected");
  }

  @Test
  void anyStringRoundTripsThroughTextAndAttribute() {
    // For all strings a document may hold (a fixed sample of random ones, from every part of the
    // BMP and beyond): the text and the attribute parse as XML and read back as the input.
    Random random = new Random(20250701L);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(24);
      while (s.length() < length) {
        int pick = random.nextInt(10);
        if (pick < 4) {
          String specials = "<>&\"' \t=/;";
          s.append(specials.charAt(random.nextInt(specials.length())));
        } else if (pick < 7) {
          s.append((char) (0x20 + random.nextInt(0x5F)));
        } else if (pick < 8) {
          s.appendCodePoint(0x1F300 + random.nextInt(0x100));
        } else {
          char c = (char) random.nextInt(0x10000);
          if (!Character.isSurrogate(c) && c >= 0xA0 && c < 0xFFFE) {
            s.append(c);
          }
        }
      }
      String input = s.toString();
      Element p = Xhtml.all(Xhtml.parseFragment(paragraph(input)), "p").get(0);
      assertEquals(input, p.getTextContent(), "text of " + escapeJava(input));
      assertEquals(input.replace('\t', ' '), input(input).getAttribute("value"),
          "attribute of " + escapeJava(input));
    }
  }

  private static String escapeJava(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c)
        : String.valueOf((char) c)));
    return out.toString();
  }
}
