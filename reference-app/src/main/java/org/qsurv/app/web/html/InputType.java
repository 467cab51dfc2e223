package org.qsurv.app.web.html;

import java.util.Locale;

/** The kinds of single-line input a {@link Field} may be. */
public enum InputType {
  TEXT,
  /** Never rendered with its value: a password is not sent back to the browser. */
  PASSWORD,
  DATE,
  NUMBER,
  EMAIL,
  SEARCH,
  FILE;

  String html() {
    return name().toLowerCase(Locale.ROOT);
  }
}
