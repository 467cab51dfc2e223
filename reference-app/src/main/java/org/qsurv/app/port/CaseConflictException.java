package org.qsurv.app.port;

/**
 * Another writer appended to an escalation case after the caller read it: the caller's decision was
 * taken on a stale view of the case, so it was not recorded. Reload the case and decide again. Of
 * two concurrent conflicting appends exactly one succeeds; the other gets this.
 */
public final class CaseConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final CaseId caseId;
  private final long expectedVersion;
  private final long actualVersion;

  public CaseConflictException(CaseId caseId, long expectedVersion, long actualVersion) {
    super("case " + caseId + " was changed by someone else: this decision was made on version "
        + expectedVersion + " but the case is now at version "
        + (actualVersion < 0 ? "a later one" : Long.toString(actualVersion))
        + "; nothing was recorded: reload the case and decide again");
    this.caseId = caseId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The case. */
  public CaseId caseId() {
    return caseId;
  }

  /** The version the caller expected. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version the case was found at, or -1 when the store could not tell. */
  public long actualVersion() {
    return actualVersion;
  }
}
