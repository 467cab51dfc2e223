package org.qsurv.app.web.html;

/**
 * The sections of the application, in the order of the main navigation. Each answers one question
 * a quality lead asks; the navigation shows a user only the sections their role may open.
 */
public enum Section {
  /** Providers by level, triggers awaiting review, risks of 15+ and overdue reviews. */
  OVERVIEW("Overview", "/"),
  /** Every provider, and each provider's dashboard. */
  PROVIDERS("Providers", "/providers"),
  /** The risk register (004 §4.4; 000 §6.5). */
  RISK_REGISTER("Risk register", "/risks"),
  /** Cases, decisions and the enhanced procedure (003 §5.2.3). */
  ESCALATION("Escalation", "/escalation"),
  /** The surveillance tracker (003 §5.2.1). */
  TRACKER("Tracker", "/tracker"),
  /** The bi-monthly quality report (004 §4.4). */
  QUALITY_REPORT("Quality report", "/reports/quality"),
  /** The decision log and its verification. */
  AUDIT("Audit", "/audit"),
  /** The reminders queued and sent to their owners, with when (H35). */
  REMINDERS("Reminders sent", "/reminders"),
  /** CSV upload with a validation report before anything is written. */
  IMPORT("Import", "/import");

  private final String label;
  private final String path;

  Section(String label, String path) {
    this.label = label;
    this.path = path;
  }

  /** The link text in the navigation. */
  public String label() {
    return label;
  }

  /** The path of the section's first page. */
  public String path() {
    return path;
  }
}
