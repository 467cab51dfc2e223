package org.qsurv.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qsurv.model.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qsurv.model.Checks;
import org.qsurv.model.Rejections;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * Risks on the register and their position on the NHS 5x5 matrix (004 §4.4; NPSA 2008,
 * "A risk matrix for risk managers").
 */
class RiskTest {

  private static Risk.Builder nightStaffing() {
    return Risk.builder().id(RiskId.of("R-1")).provider(OrganisationCode.of("RH5"))
        .title("Night staffing below safe levels").domain(QualityDomain.SAFE)
        .owner("Deputy Chief Nurse").likelihood(4).consequence(4)
        .lastReviewed(LocalDate.of(2025, 5, 20));
  }

  private static RiskReview reviewOn(LocalDate date) {
    return RiskReview.builder().reviewed(date).reviewedBy("Deputy Chief Nurse")
        .score(RiskScore.of(4, 4)).build();
  }

  // --- The 5x5 matrix

  @Property
  void aLikelihoodOutside1To5IsRejectedNamingTheFieldAndTheValue(
      @ForAll("outside1To5") int likelihood, @ForAll @IntRange(min = 1, max = 5) int consequence) {
    String expected = "likelihood must be between 1 and 5 but was " + likelihood;
    assertEquals(expected, assertRejected(() -> RiskScore.of(likelihood, consequence)));
    assertEquals(expected, assertRejected(
        () -> nightStaffing().likelihood(likelihood).consequence(consequence).build()));
  }

  @Property
  void aConsequenceOutside1To5IsRejectedNamingTheFieldAndTheValue(
      @ForAll @IntRange(min = 1, max = 5) int likelihood, @ForAll("outside1To5") int consequence) {
    String expected = "consequence must be between 1 and 5 but was " + consequence;
    assertEquals(expected, assertRejected(() -> RiskScore.of(likelihood, consequence)));
    assertEquals(expected, assertRejected(
        () -> nightStaffing().likelihood(likelihood).consequence(consequence).build()));
  }

  @Property
  void theScoreIsLikelihoodTimesConsequence(@ForAll("riskScores") RiskScore position) {
    assertEquals(position.likelihood() * position.consequence(), position.score());
    Risk risk = nightStaffing().likelihood(position.likelihood())
        .consequence(position.consequence()).build();
    assertEquals(position.score(), risk.score());
    assertEquals(position, risk.current());
  }

  @Example
  void scoresTakeOnlyTheFourteenValuesOfTheMatrix() {
    // NPSA 2008: 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25.
    Set<Integer> scores = new TreeSet<>();
    for (int l = 1; l <= 5; l++) {
      for (int c = 1; c <= 5; c++) {
        scores.add(RiskScore.of(l, c).score());
      }
    }
    assertEquals(Set.of(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25), scores);
  }

  // --- The register entry

  @Property
  void blankTextIsRejectedNamingTheFieldAndTheValue(@ForAll("blanks") String blank) {
    String quoted = Checks.quote(blank);
    assertRejected(() -> nightStaffing().title(blank).build(), "risk title", quoted);
    assertRejected(() -> nightStaffing().owner(blank).build(), "risk owner", quoted);
    assertRejected(() -> nightStaffing().description(blank).build(), "risk description", quoted);
    assertRejected(() -> nightStaffing().addControl(blank).build(), "risk control", quoted);
    assertRejected(() -> RiskReview.builder().reviewed(LocalDate.of(2025, 1, 1)).reviewedBy(blank)
        .score(RiskScore.of(1, 1)).build(), "risk review reviewedBy", quoted);
    assertRejected(() -> RiskReview.builder().reviewed(LocalDate.of(2025, 1, 1)).reviewedBy("x")
        .score(RiskScore.of(1, 1)).note(blank).build(), "risk review note", quoted);
  }

  @Example
  void reviewsAreKeptOldestFirst() {
    assertRejected(() -> nightStaffing()
            .addReviews(reviewOn(LocalDate.of(2025, 5, 20)), reviewOn(LocalDate.of(2025, 4, 20)))
            .build(),
        "risk R-1", "2025-04-20", "2025-05-20");
  }

  @Example
  void theLastReviewedDateIsNotBeforeTheLatestReview() {
    assertRejected(() -> nightStaffing().lastReviewed(LocalDate.of(2025, 4, 1))
            .addReview(reviewOn(LocalDate.of(2025, 5, 20))).build(),
        "risk R-1 lastReviewed (2025-04-01)", "2025-05-20");
    assertRejected(() -> Risk.builder().from(nightStaffing().build())
            .lastReviewed(java.util.Optional.empty())
            .addReview(reviewOn(LocalDate.of(2025, 5, 20))).build(),
        "risk R-1 lastReviewed (absent)");
  }

  @Example
  void aSystemWideRiskHasNoProvider() {
    // 004 §4.4: the register "includes all risks relevant to the ICB".
    Risk systemWide = Risk.builder().from(nightStaffing().build())
        .provider(java.util.Optional.empty()).build();
    assertEquals(java.util.Optional.empty(), systemWide.provider());
  }

  @Property
  void aMalformedIdIsRejectedNamingTheFieldAndTheValue(@ForAll("malformedIds") String text) {
    assertRejected(() -> RiskId.of(text), "risk id", Checks.quote(text));
  }

  @Provide
  Arbitrary<Integer> outside1To5() {
    return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, 0),
        Arbitraries.integers().between(6, Integer.MAX_VALUE), Arbitraries.of(0, 6, 7, -1, 25));
  }

  @Provide
  Arbitrary<RiskScore> riskScores() {
    return ModelArbitraries.riskScores();
  }

  @Provide
  Arbitrary<String> blanks() {
    return Rejections.blanks();
  }

  @Provide
  Arbitrary<String> malformedIds() {
    return Arbitraries.of("", "-1", " R-1", "R 1", "R-1#", "x".repeat(65), "R–1", "/R");
  }
}
