package org.qsurv.app.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.security.Csrf;
import org.w3c.dom.Element;

/** The GOV.UK / NHS design-system form patterns, in our own markup (the jte tags of tag/). */
class FormsTest {
  private static SafeHtml input(Field field) {
    return Templates.render("tag/input.jte", Map.of("field", field));
  }

  private static SafeHtml textarea(Field field) {
    return Templates.render("tag/textarea.jte", Map.of("field", field));
  }

  private static SafeHtml select(Field field, List<Choice> choices) {
    return Templates.render("tag/select.jte", Map.of("field", field, "choices", choices));
  }

  private static SafeHtml radios(Field field, List<Choice> choices) {
    return Templates.render("tag/radios.jte", Map.of("field", field, "choices", choices));
  }

  private static SafeHtml errorSummary(List<Field> fields) {
    return Templates.render("tag/error-summary.jte", Map.of("errors",
        fields.stream().flatMap(f -> f.fieldError().stream()).toList()));
  }

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
    Element root = Xhtml.parseFragment(SafeHtml.concat(input(rationale),
        textarea(rationale.withId("rationale-2")), select(decision, DECISIONS),
        radios(decision.withId("decision-2"), DECISIONS), input(password)).markup());
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
    Element root = Xhtml.parseFragment(input(rationale).markup());
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
    Element input = Xhtml.byId(Xhtml.parseFragment(input(Field.of("q", "Search")).markup()),
        "q");
    assertFalse(input.hasAttribute("aria-invalid"));
    assertFalse(input.hasAttribute("aria-describedby"));
  }

  @Test
  void theErrorSummaryLinksEachMessageToItsField() {
    Field other = Field.of("due", "Due date").withError("Enter a due date");
    String page = SafeHtml.concat(errorSummary(List.of(rationale, decision, other)),
        input(rationale), input(decision), input(other)).markup();
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
    assertTrue(errorSummary(List.of(decision, password)).isEmpty());
  }

  @Test
  void aPasswordIsNeverWrittenBack() {
    Element input = Xhtml.byId(Xhtml.parseFragment(input(password).markup()), "password");
    assertFalse(input.hasAttribute("value"));
    assertEquals("password", input.getAttribute("type"));
    assertEquals("current-password", input.getAttribute("autocomplete"));
  }

  @Test
  void radiosAreAFieldsetWhoseLegendAsksTheQuestion() {
    Element root = Xhtml.parseFragment(radios(decision, DECISIONS).markup());
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
    Element root = Xhtml.parseFragment(select(decision, DECISIONS).markup());
    List<Element> options = Xhtml.all(root, "option");
    assertFalse(options.get(0).hasAttribute("selected"));
    assertEquals("selected", options.get(1).getAttribute("selected"));
  }

  @Test
  void everyFormPostsTheCsrfToken() {
    for (SafeHtml form : List.of(Templates.render("tag/post-form.jte", Map.of("action", "/risks",
        "csrfToken", "tok-1", "button", "Add risk", "fields", SafeHtml.EMPTY)),
        Templates.render("imports/upload.jte", Map.of("csrfToken", "tok-1", "kinds",
            List.of(new Choice("", "Tell from the file")))))) {
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
    Element tag = Xhtml.parseFragment(Templates.render("tag/status.jte",
        Map.of("text", "Amber", "colour", StatusTag.Colour.AMBER)).markup());
    assertEquals("Amber", tag.getTextContent());
    assertEquals("tag tag-amber", Xhtml.all(tag, "strong").get(0).getAttribute("class"));
  }
}
