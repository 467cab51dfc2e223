package org.qsurv.app.web.html;

import org.qsurv.model.surveillance.Role;

/** The words the pages use for domain values, in plain English for the people who read them. */
public final class Labels {
  private Labels() {}

  /** How a role is named on screen (003 §5.2.3 a; 004 §4.4). */
  public static String role(Role role) {
    return switch (role) {
      case ICB_QUALITY_LEAD -> "ICB quality lead";
      case ICB_DIRECTOR -> "ICB director";
      case NHSE_REGION -> "NHS England region";
      case PROVIDER -> "Provider";
      case VIEWER -> "Viewer";
    };
  }
}
