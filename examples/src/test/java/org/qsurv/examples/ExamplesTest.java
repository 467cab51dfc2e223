package org.qsurv.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.examples.ExampleOutput.runAndCompareWithReadme;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.qsurv.examples.embedding.EmbedInYourService;

/**
 * Runs every example, checks the lines a quality lead relies on, and checks that
 * {@code examples/README.md} shows exactly what each prints (so examples never rot).
 */
class ExamplesTest {

  /** 004 §4.4: 15 and above monthly, so a 4x4 last reviewed 20 May is overdue on 1 July. */
  @Test
  void example1ListsTheExtremeRiskReviewedInMayAsOverdue() throws IOException {
    String out = runAndCompareWithReadme(RiskRegisterReview.class, RiskRegisterReview::main);
    assertContains(out, "R-1  RH5     Night staffing below safe levels on medical wards 16=4x4"
        + " EXTREME  2025-06-20 OVERDUE (every 1 month)");
    assertContains(out, "3 overdue, 1 due this month");
  }

  /** MDC: a point above the upper limit of a lower-is-better indicator: concern. */
  @Test
  void example2ShowsSpecialCauseConcernInMortalityWithTheChartNumbers() throws IOException {
    String out = runAndCompareWithReadme(IndicatorDashboard.class, IndicatorDashboard::main);
    assertContains(out, "band AMBER variation SPECIAL_CAUSE_CONCERN [OUTSIDE_LIMITS");
    assertContains(out, "SHMI XmR chart (Making Data Count):");
    assertContains(out, "2025-07   1.08");
  }

  /** 003 §5.2.1 and 001 §7.2: corroborated concern and several triggers recommend enhanced. */
  @Test
  void example3RecommendsEnhancedWithReasons() throws IOException {
    String out = runAndCompareWithReadme(MonthOfIntelligence.class, MonthOfIntelligence::main);
    assertContains(out, "  Safe                   HIGH");
    assertContains(out, "  WHISTLEBLOWING [I-2]:");
    assertContains(out, "Recommendation: ENHANCED");
  }

  /** 003 §5.2.3 a-e and Appendix 1: the step-down waits three months from assurance. */
  @Test
  void example4StepsDownOnlyAfterThreeMonthsOfSustainedAssurance() throws IOException {
    String out = runAndCompareWithReadme(EnhancedSurveillanceWalk.class,
        EnhancedSurveillanceWalk::main);
    assertContains(out, "REJECTED 2025-09-01: ");
    assertContains(out, "Stepped down from enhanced to routine surveillance");
    assertContains(out, "Now ROUTINE since 2025-09-02; audit trail of 13 events: intact");
  }

  /** SNAPSHOT.md: decisions replayed (a quality lead may not return to routine), then scored. */
  @Test
  void example5EvaluatesTheSnapshotAsQsurvJarEvaluateDoes() throws IOException {
    String out = runAndCompareWithReadme(EvaluateSnapshot.class, EvaluateSnapshot::main);
    assertContains(out, "RH5: ENHANCED (pending its quality review meeting) since 2025-03-03");
    assertContains(out, "  decision #1: REJECTED, Only an ICB director may return a provider");
    assertContains(out, "  REVIEW_OVERDUE RH5 R-1:");
    assertContains(out, "  \"format\" : \"qsurv-assessment/1\",");
  }

  /** 003 §3: the store keeps the events; a stale decision is refused, not overwritten. */
  @Test
  void example7StoresAcceptedEventsWithYourClockAndRefusesAStaleAppend() throws IOException {
    String out = runAndCompareWithReadme(EmbedInYourService.class, EmbedInYourService::main);
    assertContains(out, "quality lead places RH5 on enhanced: REJECTED, Only an ICB director");
    assertContains(out, "reloaded case is ENHANCED pending review since 2025-03-03, version 2");
    assertContains(out, "Audit chain: intact");
    assertContains(out, "A decision made on a stale version is refused: case RH5 is at version 2");
  }

  private static void assertContains(String output, String expected) {
    assertTrue(output.contains(expected), () -> "expected the output to contain\n" + expected
        + "\nbut it was\n" + output);
  }
}
