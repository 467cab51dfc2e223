package org.qsurv.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.SnapshotProblem;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.AssessmentWriter;
import org.qsurv.scoring.assessment.DecisionResult;
import org.qsurv.scoring.assessment.Finding;
import org.qsurv.scoring.assessment.IndicatorAssessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.assessment.QualityAssessment;

/**
 * Example 5: evaluate a surveillance snapshot (docs/SNAPSHOT.md) through the Java API, the same
 * contract as {@code qsurv.jar evaluate}: validate it (every problem at once), replay its
 * decisions, score every provider, and write the v1 assessment JSON. The caller does the I/O: here
 * the snapshot is a resource beside this class.
 */
public final class EvaluateSnapshot {
  private EvaluateSnapshot() {}

  public static void main(String[] args) {
    SnapshotReader.Result read = SnapshotReader.read(resource("somerset-snapshot.json"));
    if (!read.isValid()) {
      for (SnapshotProblem problem : read.problems()) {
        System.out.println("invalid: " + problem);
      }
      return;
    }
    Assessment assessment = SnapshotEvaluator.evaluate(read.snapshot());
    System.out.println("Assessment as of " + assessment.asOf() + " (" + Assessment.FORMAT + ")");
    for (ProviderAssessment provider : assessment.providers()) {
      QualityAssessment quality = provider.quality();
      System.out.println();
      System.out.println(provider.code() + ": " + provider.level()
          + (provider.pendingReview() ? " (pending its quality review meeting)" : "")
          + provider.levelSince().map(d -> " since " + d).orElse(""));
      for (DecisionResult decision : provider.decisions()) {
        System.out.println("  decision #" + decision.index() + ": "
            + decision.reason().map(r -> "REJECTED, " + r).orElse("accepted"));
      }
      for (IndicatorAssessment indicator : quality.indicators()) {
        System.out.printf("  %-5s %s = %.2f: %s, %s %s, assurance %s%n", indicator.id(),
            indicator.period(), indicator.value(), indicator.threshold(),
            indicator.variation(), indicator.signals(), indicator.assurance());
      }
      quality.risks().forEach(r -> System.out.println("  risk " + r.id() + " scores " + r.score()
          + " (" + r.rating() + "), next review " + r.nextReviewDue()
          + (r.overdue() ? " OVERDUE" : "")));
      quality.triggers().forEach(t -> System.out.println("  trigger " + t.code() + ": "
          + t.reason()));
      System.out.println("  recommendation: " + quality.recommendation().level()
          + (quality.recommendation().urgent() ? " (urgent)" : ""));
    }
    System.out.println();
    System.out.println("Findings:");
    for (Finding finding : assessment.findings()) {
      System.out.println("  " + finding.code() + " "
          + finding.provider().map(OrganisationCode::value).orElse("(system)") + " "
          + finding.subject() + ": " + finding.detail());
    }
    String json = AssessmentWriter.write(assessment);
    System.out.println();
    System.out.println("Assessment JSON (" + json.lines().count() + " lines), as qsurv.jar"
        + " evaluate writes it:");
    json.lines().limit(6).forEach(System.out::println);
    System.out.println("  ...");
  }

  private static byte[] resource(String name) {
    try (InputStream in = EvaluateSnapshot.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
