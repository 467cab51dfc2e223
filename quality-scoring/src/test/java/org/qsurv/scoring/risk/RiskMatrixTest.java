package org.qsurv.scoring.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qsurv.model.risk.ConsequenceDomain;
import org.qsurv.model.risk.RiskScore;

/** The NHS 5x5 risk matrix (NPSA 2008). */
class RiskMatrixTest {
  @Test
  void ratingBandsAreLowModerateHighExtreme() {
    assertEquals(RiskRating.LOW, RiskRating.of(3));
    assertEquals(RiskRating.MODERATE, RiskRating.of(4));
    assertEquals(RiskRating.MODERATE, RiskRating.of(6));
    assertEquals(RiskRating.HIGH, RiskRating.of(8));
    assertEquals(RiskRating.HIGH, RiskRating.of(12));
    assertEquals(RiskRating.EXTREME, RiskRating.of(15));
    assertEquals(RiskRating.EXTREME, RiskRating.of(25));
  }

  /**
   * Each band runs from its lowest to its highest score (NPSA 2008: low 1-3, moderate 4-6, high
   * 8-12, extreme 15-25), and every score the matrix gives lies in the band it is rated.
   */
  @Property
  void everyScoreLiesInItsBandsRange(@ForAll @IntRange(min = 1, max = 5) int likelihood,
      @ForAll @IntRange(min = 1, max = 5) int consequence) {
    assertEquals(List.of(1, 3, 4, 6, 8, 12, 15, 25), List.of(RiskRating.LOW.lowest(),
        RiskRating.LOW.highest(), RiskRating.MODERATE.lowest(), RiskRating.MODERATE.highest(),
        RiskRating.HIGH.lowest(), RiskRating.HIGH.highest(), RiskRating.EXTREME.lowest(),
        RiskRating.EXTREME.highest()));
    RiskScore score = RiskScore.of(likelihood, consequence);
    RiskRating rating = RiskRating.of(score);
    assertTrue(rating.lowest() <= score.score() && score.score() <= rating.highest(),
        score + " rated " + rating);
  }

  @Test
  void scoresTakeOnlyFourteenValues() {
    // NPSA 2008: 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25.
    Set<Integer> scores = new TreeSet<>();
    for (int l = 1; l <= 5; l++) {
      for (int c = 1; c <= 5; c++) {
        scores.add(RiskScore.of(l, c).score());
      }
    }
    assertEquals(Set.of(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25), scores);
    for (int s = 0; s <= 26; s++) {
      assertEquals(scores.contains(s), RiskRating.isScore(s), "score " + s);
    }
  }

  @Test
  void aScoreNoMatrixCanGiveIsRejectedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RiskRating.of(7));
    assertTrue(e.getMessage().contains("7"), e.getMessage());
  }

  @Test
  void descriptorsFollowTheNpsaTable() {
    assertEquals("Almost certain", Likelihood.of(5).label());
    assertEquals("expected to occur at least weekly", Likelihood.LIKELY.frequency());
    assertTrue(Consequence.CATASTROPHIC.descriptor(ConsequenceDomain.SAFETY).orElseThrow()
        .startsWith("death"));
    assertFalse(Consequence.MINOR.descriptor(ConsequenceDomain.FINANCE).isPresent());
  }

  @Property
  void aScoreIsMonotonicInLikelihoodAndConsequence(@ForAll @IntRange(min = 1, max = 5) int l,
      @ForAll @IntRange(min = 1, max = 5) int c, @ForAll @IntRange(min = 0, max = 4) int more) {
    int l2 = Math.min(5, l + more);
    int c2 = Math.min(5, c + more);
    RiskScore base = RiskScore.of(l, c);
    assertTrue(RiskScore.of(l2, c).score() >= base.score());
    assertTrue(RiskScore.of(l, c2).score() >= base.score());
    assertTrue(RiskRating.of(RiskScore.of(l2, c2)).compareTo(RiskRating.of(base)) >= 0,
        "a higher score is never in a lower band");
  }
}
