package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * A {@link Snapshot} value is consistent whichever way it is built, not only when read from JSON
 * (SNAPSHOT.md): building one that breaks a rule throws {@link InvalidSnapshotException} with every
 * problem and its JSON path.
 */
class SnapshotConsistencyTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final IndicatorId SHMI = IndicatorId.of("shmi");

  private static List<String> problemsBuilding(Snapshot.Builder builder) {
    InvalidSnapshotException e = assertThrows(InvalidSnapshotException.class, builder::build);
    List<String> lines = e.problems().stream().map(SnapshotProblem::toString)
        .collect(Collectors.toList());
    assertEquals(String.join("\n", lines), e.getMessage());
    return lines;
  }

  private static Snapshot.Builder example() {
    return Snapshot.builder().from(ExampleSnapshotTest.expectedExample());
  }

  @Example
  void everyBrokenRuleIsReportedWhenBuildingInCode() {
    Snapshot example = ExampleSnapshotTest.expectedExample();
    assertEquals(List.of(
            "$.decisions[1].at: \"2025-01-01\" goes backwards: the previous decision for RH5 "
                + "($.decisions[0]) is dated 2025-03-03",
            "$.observations[1].provider: \"RXX\" is not a provider in this snapshot",
            "$.risks[1].id: \"R-1\" is a duplicate of $.risks[0].id"),
        problemsBuilding(example()
            .addObservation(Observation.of(OrganisationCode.of("RXX"), SHMI,
                Period.parse("2025-06"), 1.1))
            .addRisk(example.risks().get(0))
            .addDecision(Decision.builder().from(example.decisions().get(0))
                .at(LocalDate.of(2025, 1, 1)).build())));
  }

  @Example
  void aMissingReturnAndAValueForTheSamePeriodAreTwoObservations() {
    // At most one observation per provider, indicator and period (SNAPSHOT.md), returned or not.
    assertEquals(List.of("$.observations[1]: a second observation for provider RH5, indicator "
            + "shmi, period 2024-07 (the first is $.observations[0])"),
        problemsBuilding(example().addObservation(
            Observation.missing(RH5, SHMI, Period.parse("2024-07")))));
  }

  @Example
  void problemsAreInPathOrderWithIndicesCountedNotSpelled() {
    List<Observation> strays = new ArrayList<>();
    for (int month = 1; month <= 11; month++) {
      strays.add(Observation.of(OrganisationCode.of("RXX"), SHMI, Period.month(2025, month), 1));
    }
    List<String> problems = problemsBuilding(example().observations(strays));
    assertEquals(11, problems.size());
    assertTrue(problems.get(9).startsWith("$.observations[9].provider"));
    assertTrue(problems.get(10).startsWith("$.observations[10].provider"));
  }

  @Property
  void anObservationOfAProviderNotInTheSnapshotIsRejected(@ForAll("snapshots") Snapshot s) {
    Assume.that(!s.indicators().isEmpty());
    OrganisationCode stranger = OrganisationCode.of("1-000000000000");
    Assume.that(s.provider(stranger).isEmpty());
    Observation stray = Observation.missing(stranger, s.indicators().get(0).id(),
        Period.containing(s.asOf(), s.indicators().get(0).frequency()));
    assertEquals(List.of("$.observations[" + s.observations().size() + "].provider: \""
            + stranger + "\" is not a provider in this snapshot"),
        problemsBuilding(Snapshot.builder().from(s).addObservation(stray)));
  }

  @Property
  void aDecisionDatedBeforeTheProvidersLastIsRejected(@ForAll("snapshots") Snapshot s) {
    Assume.that(!s.decisions().isEmpty());
    Decision last = s.decisions().get(s.decisions().size() - 1);
    Decision earlier = Decision.builder().from(last).at(last.at().minusDays(1)).build();
    assertEquals(List.of("$.decisions[" + s.decisions().size() + "].at: \"" + earlier.at()
            + "\" goes backwards: the previous decision for " + last.provider() + " ($.decisions["
            + (s.decisions().size() - 1) + "]) is dated " + last.at()),
        problemsBuilding(Snapshot.builder().from(s).addDecision(earlier)));
  }

  @Property
  void aSnapshotFindsEachOfItsProvidersAndIndicators(@ForAll("snapshots") Snapshot s) {
    s.providers().forEach(p -> assertEquals(p, s.provider(p.code()).orElseThrow()));
    s.indicators().forEach(i -> assertEquals(i, s.indicator(i.id()).orElseThrow()));
  }

  @Provide
  Arbitrary<Snapshot> snapshots() {
    return ModelArbitraries.snapshots();
  }
}
