package org.qsurv.escalation.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.testing.escalation.CaseFile;
import org.qsurv.testing.escalation.EscalationArbitraries;

/**
 * "What did the commissioner know, and when" (003 §3, the audit trail): the state as of any date is the
 * replay of the events up to that date; replaying the whole log from empty gives the case.
 */
class CaseHistoryProperties {

  @Provide
  Arbitrary<Tuple2<CaseFile, LocalDate>> filesAndDates() {
    return EscalationArbitraries.caseFiles(EscalationPolicy.nhsDefaults(), 50).flatMap(file -> {
      LocalDate first = file.log().isEmpty() ? EscalationArbitraries.FIRST_DAY : file.log().get(0).at();
      LocalDate last = file.state().lastEventDate().orElse(first);
      int span = (int) (last.toEpochDay() - first.toEpochDay());
      return Combinators.combine(Arbitraries.just(file),
          Arbitraries.integers().between(-10, span + 10).map(first::plusDays)).as(Tuple::of);
    });
  }

  @Property
  void theStateAsOfADateIsTheReplayOfTheEventsUpToThatDate(@ForAll("filesAndDates") Tuple2<CaseFile, LocalDate> t) {
    CaseFile file = t.get1();
    LocalDate date = t.get2();
    SurveillanceCase asOf = CaseHistory.asOf(file.provider(), file.log(), date);
    assertEquals(SurveillanceCase.replay(file.provider(),
        file.log().stream().filter(e -> !e.at().isAfter(date)).collect(Collectors.toList())), asOf);
    assertEquals(file.state(), SurveillanceCase.replay(file.provider(), file.log()));
    assertEquals(file.state(), CaseHistory.asOf(file.provider(), file.log(), LocalDate.MAX));
    if (!file.log().isEmpty()) {
      assertEquals(SurveillanceCase.open(file.provider()),
          CaseHistory.asOf(file.provider(), file.log(), file.log().get(0).at().minusDays(1)));
    }
  }
}
