package org.qsurv.app.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** OWASP XSS Prevention Cheat Sheet rules 1 (element content) and 2 (attribute values). */
class HtmlTest {
  @Test
  void theFiveSpecialCharactersBecomeReferences() {
    assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;q&#34;",
        Html.escape("<script>alert('x')</script> & \"q\""));
  }

  @Test
  void plainTextIsUnchanged() {
    assertEquals("Somerset NHS Foundation Trust – RH5 – ward 4 (£12)",
        Html.escape("Somerset NHS Foundation Trust – RH5 – ward 4 (£12)"));
  }

  @Test
  void textCannotOpenAnElement() {
    Element root = Xhtml.parseFragment(new HtmlBuilder()
        .element("p", "<img src=x onerror=alert(1)>").build().markup());
    assertEquals(1, Xhtml.all(root, "p").size());
    assertEquals(0, Xhtml.all(root, "img").size());
    assertEquals("<img src=x onerror=alert(1)>", Xhtml.all(root, "p").get(0).getTextContent());
  }

  @Test
  void anAttributeValueCannotCloseItsQuotesOrAddAnAttribute() {
    String hostile = "x\" onmouseover=\"alert(1)\" data-a='b' <>&";
    Element root = Xhtml.parseFragment(new HtmlBuilder()
        .element("span", "t", "title", hostile).build().markup());
    Element span = Xhtml.all(root, "span").get(0);
    assertEquals(hostile, span.getAttribute("title"));
    assertEquals(1, span.getAttributes().getLength(), "no attribute was injected");
    assertFalse(span.hasAttribute("onmouseover"));
  }

  @Test
  void charactersNoDocumentMayHoldAreReplaced() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFD", Html.escape("a\u0000b\u001Bc\uFFFF"));
    assertEquals("tab\tline\nreturn\r", Html.escape("tab\tline\nreturn\r"));
  }

  @Test
  void surrogatePairsAreKeptAndLoneSurrogatesReplaced() {
    assertEquals("\uD83D\uDE00", Html.escape("\uD83D\uDE00"));
    assertEquals("\uFFFDx\uFFFD", Html.escape("\uD83Dx\uDE00"));
  }

  @Test
  void anyStringRoundTripsThroughTextAndAttribute() {
    // For all strings (a fixed sample of random ones, from every part of the BMP and beyond):
    // the escaped text parses as XML and reads back as the input, less the characters replaced.
    Random random = new Random(20250701L);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(10);
        if (pick < 4) {
          String specials = "<>&\"' \t=/;";
          s.append(specials.charAt(random.nextInt(specials.length())));
        } else if (pick < 7) {
          s.append((char) (0x20 + random.nextInt(0x5F)));
        } else if (pick < 8) {
          s.appendCodePoint(0x1F300 + random.nextInt(0x100));
        } else {
          s.append((char) random.nextInt(0x10000));
        }
      }
      String input = s.toString();
      String expected = expectedText(input);
      Element root = Xhtml.parseFragment(new HtmlBuilder()
          .element("p", input, "title", input).build().markup());
      Element p = Xhtml.all(root, "p").get(0);
      assertEquals(normaliseNewlines(expected), p.getTextContent(), "text of " + escapeJava(input));
      assertEquals(normaliseAttribute(expected), p.getAttribute("title"),
          "attribute of " + escapeJava(input));
    }
  }

  /** What survives escaping: the input with every character a document may not hold replaced. */
  private static String expectedText(String input) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < input.length()
          && Character.isLowSurrogate(input.charAt(i + 1))) {
        out.append(c).append(input.charAt(++i));
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
          || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  // XML parsers normalise line ends to \n, and in attributes whitespace characters to spaces.
  private static String normaliseNewlines(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String normaliseAttribute(String s) {
    return normaliseNewlines(s).replace('\n', ' ').replace('\t', ' ');
  }

  private static String escapeJava(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c)
        : String.valueOf((char) c)));
    return out.toString();
  }
}
