package org.qsurv.app.web.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    return Templates.render("tag/error-summary.jte", Map.of("errors", errors));
  }

  /** A single-line input with its label, hint and error. A password's value is never written. */
  public static SafeHtml input(Field field) {
    return Templates.render("tag/input.jte", Map.of("field", field));
  }

  /** A multi-line text input with its label, hint and error. */
  public static SafeHtml textarea(Field field) {
    return Templates.render("tag/textarea.jte", Map.of("field", field));
  }

  /** A drop-down list with its label, hint and error; the field's value is selected. */
  public static SafeHtml select(Field field, List<Choice> choices) {
    return Templates.render("tag/select.jte", Map.of("field", field, "choices", choices));
  }

  /**
   * A group of radios: the field's label is the {@code <legend>}, each option has its own label;
   * the first radio takes the field's id, so that the error summary's link lands on it.
   */
  public static SafeHtml radios(Field field, List<Choice> choices) {
    return Templates.render("tag/radios.jte", Map.of("field", field, "choices", choices));
  }

  /** The button that submits the form. */
  public static SafeHtml submit(String label) {
    return new HtmlBuilder().element("button", label, "type", "submit", "class", "button").build();
  }
}
