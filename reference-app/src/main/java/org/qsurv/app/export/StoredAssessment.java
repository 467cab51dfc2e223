package org.qsurv.app.export;

import java.time.LocalDate;
import java.util.Objects;
import org.qsurv.app.port.Ports;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.policy.ScoringPolicy;

/**
 * The assessment of what the ports hold, as of a date (SNAPSHOT.md, "the assessment"): the
 * {@link StoredSnapshot} of that date, evaluated by quality-evaluation's {@link SnapshotEvaluator}
 * exactly as {@code qsurv evaluate} evaluates a snapshot file, so exporting the snapshot and
 * evaluating it gives the same assessment. The decisions are those the cases recorded.
 *
 * <pre>{@code
 * Assessment today = StoredAssessment.asOf(ports, LocalDate.now(ports.clock()));
 * String json = AssessmentWriter.write(today);
 * }</pre>
 */
public final class StoredAssessment {
  private StoredAssessment() {}

  /**
   * The assessment as of {@code asOf} under the national default policies.
   *
   * @throws IllegalStateException if nothing has been imported yet
   */
  public static Assessment asOf(Ports ports, LocalDate asOf) {
    return asOf(ports, asOf, ScoringPolicy.nhsDefaults(), EscalationPolicy.nhsDefaults());
  }

  /**
   * The assessment as of {@code asOf} under a named policy profile, as {@code qsurv evaluate
   * --profile} evaluates the snapshot export of that date.
   *
   * @since 1.1.0
   */
  public static Assessment asOf(Ports ports, LocalDate asOf, PolicyProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return SnapshotEvaluator.evaluate(StoredSnapshot.asOf(ports, asOf), profile);
  }

  /** The assessment as of {@code asOf} under an ICB's own policies. */
  public static Assessment asOf(Ports ports, LocalDate asOf, ScoringPolicy scoring,
      EscalationPolicy escalation) {
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(escalation, "escalation");
    Snapshot snapshot = StoredSnapshot.asOf(ports, asOf);
    return SnapshotEvaluator.evaluate(snapshot, scoring, escalation);
  }
}
