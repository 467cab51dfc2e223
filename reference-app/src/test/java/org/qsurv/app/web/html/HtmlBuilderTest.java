package org.qsurv.app.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBuilderTest {
  @Test
  void elementsNestAndCloseInOrder() {
    SafeHtml html = new HtmlBuilder().open("ul", "class", "list")
        .element("li", "one").element("li", "two").close("ul").build();
    assertEquals("<ul class=\"list\"><li>one</li><li>two</li></ul>", html.markup());
  }

  @Test
  void voidElementsCloseThemselves() {
    assertEquals("<input type=\"hidden\" name=\"a\" value=\"b\" />",
        new HtmlBuilder().empty("input", "type", "hidden", "name", "a", "value", "b").build()
            .markup());
  }

  @Test
  void onlyVoidAndSvgElementsMayCloseThemselves() {
    assertThrows(IllegalArgumentException.class, () -> new HtmlBuilder().empty("div"));
    assertEquals("<svg><line x1=\"0\" /></svg>", new HtmlBuilder().open("svg")
        .empty("line", "x1", "0").close().build().markup());
    assertThrows(IllegalArgumentException.class, () -> new HtmlBuilder().open("input"));
  }

  @Test
  void anElementLeftOpenCannotBeBuilt() {
    assertThrows(IllegalStateException.class, () -> new HtmlBuilder().open("p").build());
    assertThrows(IllegalStateException.class, () -> new HtmlBuilder().close());
    assertThrows(IllegalStateException.class,
        () -> new HtmlBuilder().open("p").open("span").close("p"));
  }

  @Test
  void scriptAndStyleAreNeverWritten() {
    for (String tag : List.of("script", "SCRIPT", "style", "iframe", "object", "foreignObject")) {
      assertThrows(IllegalArgumentException.class, () -> new HtmlBuilder().open(tag), tag);
    }
  }

  @Test
  void elementNamesComeFromCode() {
    assertThrows(IllegalArgumentException.class, () -> new HtmlBuilder().open("p onclick=x"));
    assertThrows(IllegalArgumentException.class, () -> new HtmlBuilder().open("<p"));
  }

  @Test
  void eventHandlersAndInlineStylesAreRefused() {
    for (String name : List.of("onclick", "onMouseOver", "ONLOAD", "style", "srcdoc")) {
      assertThrows(IllegalArgumentException.class, () -> Attributes.of(name, "x"), name);
    }
    assertThrows(IllegalArgumentException.class, () -> Attributes.of("a b", "x"));
    assertThrows(IllegalArgumentException.class, () -> Attributes.of("id", "x", "id", "y"));
    assertThrows(IllegalArgumentException.class, () -> Attributes.of("id"));
  }

  @Test
  void urlAttributesTakeOnlySitePathsFragmentsAndWebAddresses() {
    for (String ok : List.of("/", "/providers/RH5", "#main-content", "?page=2",
        "https://www.england.nhs.uk/", "mailto:quality@example.nhs.uk")) {
      Attributes.of("href", ok);
    }
    for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:x",
        "data:text/html,x", "//evil.example/", "/\\evil.example", "vbscript:x", "providers",
        "/a b")) {
      assertThrows(IllegalArgumentException.class, () -> Attributes.of("href", bad), bad);
      assertThrows(IllegalArgumentException.class, () -> Attributes.of("action", bad), bad);
    }
  }

  @Test
  void safeFragmentsAreAppendedAsTheyAre() {
    SafeHtml inner = new HtmlBuilder().element("em", "a<b").build();
    assertEquals("<p><em>a&lt;b</em></p>",
        new HtmlBuilder().open("p").append(inner).close().build().markup());
    assertEquals("x&amp;y", SafeHtml.text("x&y").markup());
  }

  @Test
  void urlPathsEncodeEverySegmentAndValue() {
    assertEquals("/providers/1-101234567/indicators/shmi",
        UrlPath.of("providers", "1-101234567", "indicators", "shmi"));
    assertEquals("/risks/R%2F1%20%3Cx%3E", UrlPath.of("risks", "R/1 <x>"));
    assertEquals("/", UrlPath.of());
    assertEquals("/risks?sort=score&q=night%20staff%26more",
        UrlPath.withQuery("/risks", "sort", "score", "q", "night staff&more"));
    assertEquals("/a/%C3%A9", UrlPath.of("a", "é"));
    assertThrows(IllegalArgumentException.class, () -> UrlPath.of("providers", ".."));
    assertThrows(IllegalArgumentException.class, () -> UrlPath.of(""));
  }
}
