package org.qsurv.app.web.html;

import java.util.ArrayList;
import java.util.List;
import org.qsurv.app.web.security.Csrf;

/**
 * Form markup in the pattern of the GOV.UK and NHS design systems (our own code): every input has a
 * {@code <label for>}; a hint and an error message are tied to the input by {@code
 * aria-describedby}, and an input with an error is marked {@code aria-invalid}; an error summary at
 * the top of the page links each message to its field; radios sit in a {@code <fieldset>} whose
 * {@code <legend>} asks the question. Every form posts with the session's CSRF token ({@link Csrf})
 * and {@code novalidate}, so that the server's messages, not the browser's, are what users see.
 *
 * <pre>{@code
 * SafeHtml form = Forms.post("/escalation/RH5/decisions", session.csrfToken(),
 *     Forms.radios(decision, choices),
 *     Forms.textarea(rationale),
 *     Forms.submit("Record decision"));
 * SafeHtml top = Forms.errorSummary(List.of(decision, rationale));
 * }</pre>
 */
public final class Forms {
  /** The heading of every error summary. */
  public static final String ERROR_SUMMARY_TITLE = "There is a problem";

  private Forms() {}

  /** The hidden field that carries the CSRF token. */
  public static SafeHtml csrfField(String token) {
    return new HtmlBuilder()
        .empty("input", "type", "hidden", "name", Csrf.FIELD_NAME, "value", token)
        .build();
  }

  /** A form that posts to {@code action} with the CSRF token, holding {@code content}. */
  public static SafeHtml post(String action, String csrfToken, SafeHtml... content) {
    return form(action, csrfToken, Attributes.none(), content);
  }

  /**
   * A form that posts a file upload ({@code multipart/form-data}) to {@code action}. The CSRF token
   * travels as a part of the body like any other field, so the handler must read the multipart
   * body before it can check it.
   */
  public static SafeHtml postMultipart(String action, String csrfToken, SafeHtml... content) {
    return form(action, csrfToken, Attributes.of("enctype", "multipart/form-data"), content);
  }

  private static SafeHtml form(String action, String csrfToken, Attributes extra,
      SafeHtml... content) {
    Attributes attributes = Attributes.of("method", "post", "action", action, "novalidate", "");
    extra.pairs().forEach(p -> attributes.set(p[0], p[1]));
    HtmlBuilder b = new HtmlBuilder().open("form", attributes).append(csrfField(csrfToken));
    for (SafeHtml part : content) {
      b.append(part);
    }
    return b.close("form").build();
  }

  /**
   * The error summary for the fields that have errors, in the order given; nothing when none has.
   */
  public static SafeHtml errorSummary(List<Field> fields) {
    List<FieldError> errors = new ArrayList<>();
    fields.forEach(f -> f.fieldError().ifPresent(errors::add));
    return errorSummaryOf(errors);
  }

  /** The error summary for these errors; nothing when there are none. */
  public static SafeHtml errorSummaryOf(List<FieldError> errors) {
    if (errors.isEmpty()) {
      return SafeHtml.EMPTY;
    }
    HtmlBuilder b = new HtmlBuilder()
        .open("div", "class", "error-summary", "aria-labelledby", "error-summary-title",
            "role", "alert", "tabindex", "-1")
        .element("h2", ERROR_SUMMARY_TITLE, "class", "error-summary-title", "id",
            "error-summary-title")
        .open("ul", "class", "error-summary-list");
    for (FieldError error : errors) {
      b.open("li").element("a", error.message(), "href", "#" + error.fieldId()).close("li");
    }
    return b.close("ul").close("div").build();
  }

  /** A single-line input with its label, hint and error. A password's value is never written. */
  public static SafeHtml input(Field field) {
    HtmlBuilder b = group(field);
    label(b, field);
    hintAndError(b, field);
    Attributes attributes = Attributes.of("class", "input" + (field.error().isPresent()
        ? " input-error" : ""), "id", field.id(), "name", field.name(), "type", field.type().html());
    if (field.type() != InputType.PASSWORD && field.type() != InputType.FILE) {
      attributes.set("value", field.value());
    }
    described(attributes, field).setIfPresent("autocomplete", field.autocomplete());
    b.empty("input", attributes);
    return b.close("div").build();
  }

  /** A multi-line text input with its label, hint and error. */
  public static SafeHtml textarea(Field field) {
    HtmlBuilder b = group(field);
    label(b, field);
    hintAndError(b, field);
    Attributes attributes = Attributes.of("class", "textarea" + (field.error().isPresent()
        ? " input-error" : ""), "id", field.id(), "name", field.name(), "rows", "5");
    b.element("textarea", field.value(), described(attributes, field));
    return b.close("div").build();
  }

  /** A drop-down list with its label, hint and error; the field's value is selected. */
  public static SafeHtml select(Field field, List<Choice> choices) {
    HtmlBuilder b = group(field);
    label(b, field);
    hintAndError(b, field);
    b.open("select", described(Attributes.of("class", "select", "id", field.id(), "name",
        field.name()), field));
    for (Choice choice : choices) {
      b.element("option", choice.label(), Attributes.of("value", choice.value())
          .setIf(choice.value().equals(field.value()), "selected", "selected"));
    }
    return b.close("select").close("div").build();
  }

  /**
   * A group of radios: the field's label is the {@code <legend>}, each option has its own label;
   * the first radio takes the field's id, so that the error summary's link lands on it.
   */
  public static SafeHtml radios(Field field, List<Choice> choices) {
    HtmlBuilder b = group(field);
    // The fieldset, not each radio, is described by the hint and error (GOV.UK radios pattern).
    Attributes fieldset = Attributes.of("class", "fieldset");
    fieldset.setIf(!describedBy(field).isEmpty(), "aria-describedby", describedBy(field));
    b.open("fieldset", fieldset);
    b.element("legend", field.label(), "class", "legend");
    hintAndError(b, field);
    b.open("div", "class", "radios");
    for (int i = 0; i < choices.size(); i++) {
      Choice choice = choices.get(i);
      String id = i == 0 ? field.id() : field.id() + "-" + (i + 1);
      b.open("div", "class", "radio");
      b.empty("input", Attributes.of("class", "radio-input", "id", id, "name", field.name(),
          "type", "radio", "value", choice.value())
          .setIf(choice.value().equals(field.value()), "checked", "checked"));
      b.element("label", choice.label(), "class", "radio-label", "for", id);
      b.close("div");
    }
    return b.close("div").close("fieldset").close("div").build();
  }

  /** The button that submits the form. */
  public static SafeHtml submit(String label) {
    return new HtmlBuilder().element("button", label, "type", "submit", "class", "button").build();
  }

  private static HtmlBuilder group(Field field) {
    return new HtmlBuilder().open("div", "class",
        "form-group" + (field.error().isPresent() ? " form-group-error" : ""));
  }

  private static void label(HtmlBuilder b, Field field) {
    b.element("label", field.label(), "class", "label", "for", field.id());
  }

  private static void hintAndError(HtmlBuilder b, Field field) {
    field.hint().ifPresent(h -> b.element("div", h, "class", "hint", "id", field.hintId()));
    field.error().ifPresent(e -> b.open("p", "class", "error-message", "id", field.errorId())
        .element("span", "Error: ", "class", "visually-hidden").text(e).close("p"));
  }

  private static Attributes described(Attributes attributes, Field field) {
    String ids = describedBy(field);
    attributes.setIf(!ids.isEmpty(), "aria-describedby", ids);
    attributes.setIf(field.error().isPresent(), "aria-invalid", "true");
    return attributes;
  }

  private static String describedBy(Field field) {
    List<String> ids = new ArrayList<>();
    field.hint().ifPresent(h -> ids.add(field.hintId()));
    field.error().ifPresent(e -> ids.add(field.errorId()));
    return String.join(" ", ids);
  }
}
