package org.qsurv.app.web.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qsurv.model.Checks;

/**
 * One form field as the form tags of {@code src/main/jte/tag} render it: its id (the {@code <label for>} and the error
 * summary's link point at it), its name in the submitted form, its label, type, current value, and
 * an optional hint, error message and autocomplete token.
 *
 * <pre>{@code
 * Field rationale = Field.of("rationale", "Why is this decision being made?")
 *     .withHint("This is kept in the audit trail and cannot be changed later.")
 *     .withValue(submitted).withError(errors.get("rationale"));
 * }</pre>
 *
 * @param id the element id, unique on the page
 * @param name the form parameter name
 * @param label the visible label
 * @param type the kind of input
 * @param value the current value (ignored for passwords and files)
 * @param hint help shown under the label, if any
 * @param error what is wrong with the submitted value, if anything
 * @param autocomplete the HTML autocomplete token, if any ({@code username}, {@code
 *     current-password} ...)
 */
public record Field(String id, String name, String label, InputType type, String value,
    Optional<String> hint, Optional<String> error, Optional<String> autocomplete) {
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]*");

  /** Validates the id and name (plain identifiers) and the label (not blank). */
  public Field {
    if (id == null || !IDENTIFIER.matcher(id).matches()) {
      throw new IllegalArgumentException("field id must be a plain identifier but was " + id);
    }
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("field name must be a plain identifier but was " + name);
    }
    Checks.notBlank("field label", label);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(autocomplete, "autocomplete");
  }

  /** A text field named {@code name} (also its id), labelled {@code label}, empty. */
  public static Field of(String name, String label) {
    return new Field(name, name, label, InputType.TEXT, "", Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** This field with another id: needed when two forms on a page have a field of one name. */
  public Field withId(String newId) {
    return new Field(newId, name, label, type, value, hint, error, autocomplete);
  }

  /** This field as another type of input. */
  public Field withType(InputType newType) {
    return new Field(id, name, label, newType, value, hint, error, autocomplete);
  }

  /** This field showing {@code newValue}. */
  public Field withValue(String newValue) {
    return new Field(id, name, label, type, newValue, hint, error, autocomplete);
  }

  /** This field with a hint under its label. */
  public Field withHint(String newHint) {
    return new Field(id, name, label, type, value, Optional.of(newHint), error, autocomplete);
  }

  /** This field with an error message. */
  public Field withError(String message) {
    return withError(Optional.of(message));
  }

  /** This field with an error message, if there is one. */
  public Field withError(Optional<String> message) {
    return new Field(id, name, label, type, value, hint, message, autocomplete);
  }

  /** This field with an autocomplete token. */
  public Field withAutocomplete(String token) {
    return new Field(id, name, label, type, value, hint, error, Optional.of(token));
  }

  /** The error of this field for the error summary, if it has one. */
  public Optional<FieldError> fieldError() {
    return error.map(message -> new FieldError(id, message));
  }

  /** The id of the hint's element. */
  public String hintId() {
    return id + "-hint";
  }

  /** The id of the error message's element. */
  public String errorId() {
    return id + "-error";
  }

  /** The ids of the hint and the error, for {@code aria-describedby}; empty when neither. */
  public String describedBy() {
    List<String> ids = new ArrayList<>();
    hint.ifPresent(h -> ids.add(hintId()));
    error.ifPresent(e -> ids.add(errorId()));
    return String.join(" ", ids);
  }
}
