package org.qsurv.app.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.security.Csrf;
import org.w3c.dom.Element;

/** The GOV.UK / NHS design-system form patterns, in our own markup. */
class FormsTest {
  private static final List<Choice> DECISIONS = List.of(
      new Choice("PLACE_ON_ENHANCED", "Place on enhanced surveillance"),
      new Choice("CALL_RISK_SUMMIT", "Call a risk summit"));

  private final Field rationale = Field.of("rationale", "Why?")
      .withHint("Kept in the audit trail.").withValue("Rising <mortality>")
      .withError("Enter why the decision is being made");
  private final Field decision = Field.of("decision", "Which decision?")
      .withValue("CALL_RISK_SUMMIT");
  private final Field password = Field.of("password", "Password").withType(InputType.PASSWORD)
      .withValue("secret").withAutocomplete("current-password");

  @Test
  void everyInputHasALabelForIt() {
    Element root = Xhtml.parseFragment(SafeHtml.concat(Forms.input(rationale),
        Forms.textarea(rationale.withId("rationale-2")), Forms.select(decision, DECISIONS),
        Forms.radios(decision.withId("decision-2"), DECISIONS), Forms.input(password)).markup());
    List<Element> controls = new java.util.ArrayList<>();
    for (String tag : List.of("input", "textarea", "select")) {
      controls.addAll(Xhtml.all(root, tag));
    }
    assertEquals(6, controls.size());
    for (Element control : controls) {
      String id = control.getAttribute("id");
      long labels = Xhtml.all(root, "label").stream()
          .filter(l -> l.getAttribute("for").equals(id)).count();
      assertEquals(1, labels, "one label for " + id);
    }
  }

  @Test
  void hintAndErrorDescribeTheInputWhichIsMarkedInvalid() {
    Element root = Xhtml.parseFragment(Forms.input(rationale).markup());
    Element input = Xhtml.byId(root, "rationale");
    assertEquals("true", input.getAttribute("aria-invalid"));
    List<String> described = Arrays.asList(input.getAttribute("aria-describedby").split(" "));
    assertEquals(List.of("rationale-hint", "rationale-error"), described);
    assertEquals("Kept in the audit trail.", Xhtml.byId(root, "rationale-hint").getTextContent());
    assertEquals("Error: Enter why the decision is being made",
        Xhtml.byId(root, "rationale-error").getTextContent());
    assertEquals("Rising <mortality>", input.getAttribute("value"));
  }

  @Test
  void aFieldWithoutErrorIsNotMarkedInvalid() {
    Element input = Xhtml.byId(Xhtml.parseFragment(Forms.input(Field.of("q", "Search")).markup()),
        "q");
    assertFalse(input.hasAttribute("aria-invalid"));
    assertFalse(input.hasAttribute("aria-describedby"));
  }

  @Test
  void theErrorSummaryLinksEachMessageToItsField() {
    Field other = Field.of("due", "Due date").withError("Enter a due date");
    String page = SafeHtml.concat(Forms.errorSummary(List.of(rationale, decision, other)),
        Forms.input(rationale), Forms.input(decision), Forms.input(other)).markup();
    Element root = Xhtml.parseFragment(page);
    Element summary = Xhtml.all(root, "div").get(0);
    assertEquals("error-summary", summary.getAttribute("class"));
    assertEquals("There is a problem", Xhtml.all(summary, "h2").get(0).getTextContent());
    List<Element> links = Xhtml.all(summary, "a");
    assertEquals(2, links.size(), "only fields with errors");
    assertEquals("#rationale", links.get(0).getAttribute("href"));
    assertEquals("Enter why the decision is being made", links.get(0).getTextContent());
    assertEquals("#due", links.get(1).getAttribute("href"));
    for (Element link : links) {
      assertEquals("input", Xhtml.byId(root, link.getAttribute("href").substring(1)).getTagName());
    }
  }

  @Test
  void noErrorsNoSummary() {
    assertTrue(Forms.errorSummary(List.of(decision, password)).isEmpty());
  }

  @Test
  void aPasswordIsNeverWrittenBack() {
    Element input = Xhtml.byId(Xhtml.parseFragment(Forms.input(password).markup()), "password");
    assertFalse(input.hasAttribute("value"));
    assertEquals("password", input.getAttribute("type"));
    assertEquals("current-password", input.getAttribute("autocomplete"));
  }

  @Test
  void radiosAreAFieldsetWhoseLegendAsksTheQuestion() {
    Element root = Xhtml.parseFragment(Forms.radios(decision, DECISIONS).markup());
    Element fieldset = Xhtml.all(root, "fieldset").get(0);
    assertEquals("Which decision?", Xhtml.all(fieldset, "legend").get(0).getTextContent());
    List<Element> radios = Xhtml.all(fieldset, "input");
    assertEquals("decision", radios.get(0).getAttribute("id"), "the summary link lands here");
    assertEquals("decision-2", radios.get(1).getAttribute("id"));
    assertFalse(radios.get(0).hasAttribute("checked"));
    assertEquals("checked", radios.get(1).getAttribute("checked"));
  }

  @Test
  void theSelectShowsTheCurrentValue() {
    Element root = Xhtml.parseFragment(Forms.select(decision, DECISIONS).markup());
    List<Element> options = Xhtml.all(root, "option");
    assertFalse(options.get(0).hasAttribute("selected"));
    assertEquals("selected", options.get(1).getAttribute("selected"));
  }

  @Test
  void everyFormPostsTheCsrfToken() {
    for (SafeHtml form : List.of(Forms.post("/risks", "tok-1", Forms.submit("Add risk")),
        Forms.postMultipart("/import", "tok-1", Forms.submit("Upload")))) {
      Element root = Xhtml.parseFragment(form.markup());
      Element element = Xhtml.all(root, "form").get(0);
      assertEquals("post", element.getAttribute("method"));
      assertTrue(element.hasAttribute("novalidate"));
      Element token = Xhtml.all(element, "input").get(0);
      assertEquals(Csrf.FIELD_NAME, token.getAttribute("name"));
      assertEquals("tok-1", token.getAttribute("value"));
      assertEquals("hidden", token.getAttribute("type"));
    }
  }

  @Test
  void statusTagsSayTheirStatusInWords() {
    Element tag = Xhtml.parseFragment(StatusTag.render("Amber", StatusTag.Colour.AMBER).markup());
    assertEquals("Amber", tag.getTextContent());
    assertEquals("tag tag-amber", Xhtml.all(tag, "strong").get(0).getAttribute("class"));
  }
}
