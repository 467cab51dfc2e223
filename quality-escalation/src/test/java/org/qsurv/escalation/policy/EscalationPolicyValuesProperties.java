package org.qsurv.escalation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.authority.Grant;
import org.qsurv.model.surveillance.Role;

/**
 * An escalation policy is a value: the sustained-assurance period (003 Appendix 1: three months
 * nationally) is positive in every part and at most ten years (a local choice, far above any
 * framework's, that keeps date arithmetic safe); two policies or authority tables are equal
 * exactly when they say the same.
 */
class EscalationPolicyValuesProperties {

  @Property
  void theSustainedAssurancePeriodIsPositiveAndAtMostTenYears(@ForAll @IntRange(min = -1, max = 11) int years,
      @ForAll @IntRange(min = -1, max = 130) int months, @ForAll @IntRange(min = -1, max = 3700) int days) {
    Period period = Period.of(years, months, days);
    boolean positive = years >= 0 && months >= 0 && days >= 0 && !period.isZero();
    boolean withinTenYears = years * 12 + months <= 120 && days <= 3660;
    if (positive && withinTenYears) {
      assertEquals(period, EscalationPolicy.builder().sustainedAssurancePeriod(period).build()
          .sustainedAssurancePeriod());
    } else {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> EscalationPolicy.builder().sustainedAssurancePeriod(period).build());
      assertEquals("sustainedAssurancePeriod must be " + (positive ? "at most ten years" : "a positive period such as P3M")
          + " but was " + period, refused.getMessage());
    }
  }

  @Test
  void theBoundsThemselvesAreAllowed() {
    for (Period longest : new Period[] {Period.ofMonths(120), Period.ofYears(10), Period.ofDays(3660), Period.ofDays(1)}) {
      assertEquals(longest, EscalationPolicy.builder().sustainedAssurancePeriod(longest).build()
          .sustainedAssurancePeriod());
    }
  }

  @Test
  void authorityTablesAreEqualExactlyWhenTheyGrantTheSame() {
    AuthorityTable national = AuthorityTable.nhsDefaults();
    AuthorityTable same = AuthorityTable.of(national.grants());
    assertEquals(national, same);
    assertEquals(national.hashCode(), same.hashCode());
    assertEquals(national.toString(), same.toString());
    AuthorityTable local = national.with(Grant.of(CaseAction.GIVE_FEEDBACK, Role.ICB_QUALITY_LEAD));
    assertNotEquals(national, local);
    assertNotEquals(national.toString(), local.toString());
    assertNotEquals(national, national.grants(), "a table is not its list of grants");
    assertNotEquals(EscalationPolicy.nhsDefaults(), EscalationPolicy.builder().authority(local).build());
  }
}
