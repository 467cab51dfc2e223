package org.qsurv.app.web.html;

import java.util.Locale;

/** The kinds of single-line input a {@link Field} may be. */
public enum InputType {
  /** A line of text. */
  TEXT,
  /** Never rendered with its value: a password is not sent back to the browser. */
  PASSWORD,
  /** A date, with the browser's date picker. */
  DATE,
  /** A number. */
  NUMBER,
  /** An email address. */
  EMAIL,
  /** Search terms. */
  SEARCH,
  /** A file to upload, in a multipart form ({@code imports/upload.jte}). */
  FILE;

  /** The value of the input's {@code type} attribute. */
  public String html() {
    return name().toLowerCase(Locale.ROOT);
  }
}
