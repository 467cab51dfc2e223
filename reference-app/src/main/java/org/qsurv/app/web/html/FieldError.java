package org.qsurv.app.web.html;

import org.qsurv.model.Checks;

/**
 * One entry of a form's error summary: the message, linked to the field it is about.
 *
 * @param fieldId the id of the field's input, the link's target
 * @param message what is wrong and how to put it right, in the words shown by the field
 */
public record FieldError(String fieldId, String message) {
  /** Checks that neither part is blank. */
  public FieldError {
    Checks.notBlank("error field id", fieldId);
    Checks.notBlank("error message", message);
  }
}
