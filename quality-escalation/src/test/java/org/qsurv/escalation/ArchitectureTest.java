package org.qsurv.escalation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.event.CaseFact;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.model.architecture.DomainArchitecture;

/**
 * quality-escalation is a domain library: no I/O, clock, randomness, threads, console or logging,
 * never the reference app (the shared {@link DomainArchitecture} rules), and its
 * packages do not depend on each other in a cycle. Its public surface is what a user names: the
 * rule engine stays package-private, and commands, facts and outcomes are closed sets.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN = DomainArchitecture.mainClassesOf("org.qsurv.escalation");

  @Test
  void doesNoIoReadsNoClockDrawsNoRandomNumbersStartsNoThreadsAndLogsNothing() {
    DomainArchitecture.check("org.qsurv.escalation");
  }

  @Test
  void packagesHaveNoCycles() {
    SlicesRuleDefinition.slices().matching("org.qsurv.escalation.(*)..").should().beFreeOfCycles()
        .check(MAIN);
  }

  /** The rules a case applies are reached through {@code SurveillanceCase.decide}, never named. */
  @Test
  void theRuleEngineIsPackagePrivate() {
    classes().that().haveSimpleNameEndingWith("Rules").should().notHaveModifier(JavaModifier.PUBLIC)
        .check(MAIN);
  }

  /**
   * Commands, facts and outcomes are sealed, so that every fold over them (the rules, the case's
   * apply, the timeline) knows every kind; facts and outcomes are records, as are the commands
   * that need no builder.
   */
  @Test
  void commandsFactsAndOutcomesAreClosedSetsOfValues() {
    for (Class<?> type : new Class<?>[] {CaseCommand.class, CaseFact.class, Outcome.class}) {
      assertTrue(type.isSealed(), type + " is sealed");
    }
    assertTrue(Arrays.stream(CaseFact.class.getPermittedSubclasses()).allMatch(Class::isRecord));
    assertTrue(Arrays.stream(Outcome.class.getPermittedSubclasses()).allMatch(Class::isRecord));
    Set<String> withBuilders = Arrays.stream(CaseCommand.class.getPermittedSubclasses())
        .filter(c -> !c.isRecord()).map(Class::getSimpleName).collect(Collectors.toSet());
    assertEquals(Set.of("AddPlanAction", "RecordMeeting", "ApplyLever"), withBuilders);
  }
}
