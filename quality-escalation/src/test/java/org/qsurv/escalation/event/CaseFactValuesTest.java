package org.qsurv.escalation.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Meeting;

/**
 * Every fact of a case's log is a valid value or is not made at all, whether it comes from a
 * command or from a stored log (003 §3: "an audit trail of actions and rationale for decisions
 * made"; each step of 003 §5.2.3 recorded with its details): a missing required field and a blank
 * text field (an id, a name, a summary, a note, an item of evidence) are refused with an
 * {@link IllegalArgumentException} that names the field, never a {@link NullPointerException}
 * later; an optional or list field absent from a stored event is read as empty, and a field given
 * is kept as given.
 */
class CaseFactValuesTest {
  /** One fact of each kind with every field given (every optional present, every list filled). */
  private static final Map<Class<?>, CaseFact> FULL = Map.ofEntries(
      Map.entry(DecisionTaken.class, DecisionTaken.assuranceGained(Level.ENHANCED, LocalDate.of(2024, 9, 1),
          Optional.of(Meeting.values()[0]))),
      Map.entry(TriggerAccepted.class, TriggerAccepted.of("SAFEGUARDING_REFERRALS_HIGH", List.of("ev-1", "ev-2"))),
      Map.entry(LeadAppointed.class, LeadAppointed.of("Quality lead")),
      Map.entry(ProviderNotified.class, ProviderNotified.of(NoticeMethod.values()[0])),
      Map.entry(GovernanceGroupSetUp.class, GovernanceGroupSetUp.of("Enhanced surveillance group")),
      Map.entry(BaselineReviewCompleted.class, BaselineReviewCompleted.of("Deep dive across all domains")),
      Map.entry(KeyRisksAgreed.class, KeyRisksAgreed.of(List.of(KeyRisk.of("KR-1", "Staffing"),
          KeyRisk.of("KR-2", "Falls")))),
      Map.entry(FeedbackGiven.class, FeedbackGiven.of("Key risks shared with the board")),
      Map.entry(ProviderResponded.class, ProviderResponded.of("KR-1", RiskResponse.CHALLENGED, List.of("Rota"))),
      Map.entry(PlanActionAdded.class, new PlanActionAdded("PA-1", "Recruit nurses", "Director of nursing",
          LocalDate.of(2024, 12, 1), "Fill rate 95 %")),
      Map.entry(ActionEvidenceAdded.class, ActionEvidenceAdded.of("PA-1", "Rota for March")),
      Map.entry(ActionSignedOff.class, ActionSignedOff.of("PA-1")),
      Map.entry(RemainingActionsClosed.class, RemainingActionsClosed.of(List.of("PA-2", "PA-3"))),
      Map.entry(MeetingHeld.class, new MeetingHeld(NhsEnglandMeeting.RISK_SUMMIT, Optional.of("Regional Chief Nurse"),
          ImmutableList.of("CQC", "ICB"), ImmutableList.of("Audit of staffing"))),
      Map.entry(QualityRiskProfileRequested.class, QualityRiskProfileRequested.of()),
      Map.entry(QualityRiskProfileCompleted.class, QualityRiskProfileCompleted.of(Optional.of("Risks in maternity"))),
      Map.entry(RapidResponseReviewCalled.class, RapidResponseReviewCalled.of()),
      Map.entry(ContractualLeverApplied.class, new ContractualLeverApplied(ContractualLever.SUSPENSION,
          Optional.of("Maternity unit"), Optional.of("Neighbouring trust"))),
      Map.entry(CorrectionRecorded.class, CorrectionRecorded.of(3, "Wrong date entered")));

  static Stream<Class<?>> facts() {
    return Arrays.stream(CaseFact.class.getPermittedSubclasses());
  }

  /** Each kind of fact names its own type, the one whose class it is. */
  @ParameterizedTest
  @MethodSource("facts")
  void aFactWithEveryFieldGivenKeepsThemAndNamesItsType(Class<?> kind) throws Exception {
    CaseFact full = FULL.get(kind);
    assertNotNull(full, "a full sample of " + kind.getSimpleName());
    assertEquals(kind, full.type().factClass());
    Object[] args = components(full);
    CaseFact made = construct(kind, args);
    assertEquals(full, made);
    RecordComponent[] components = kind.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      assertEquals(args[i], components[i].getAccessor().invoke(made), components[i].getName() + " kept as given");
    }
  }

  /**
   * A required field that is missing is refused naming the field; an optional or list field absent
   * from a stored event reads as empty: the fact is the one made with it empty, or is refused as
   * that one is (a list that must name one item at least).
   */
  @ParameterizedTest
  @MethodSource("facts")
  void aMissingFieldIsRefusedOrReadAsEmpty(Class<?> kind) throws Exception {
    RecordComponent[] components = kind.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      String field = kind.getSimpleName() + "." + components[i].getName();
      if (components[i].getType().isPrimitive()) {
        continue;
      }
      Object[] missing = components(FULL.get(kind));
      missing[i] = null;
      Object empty = empty(components[i].getType());
      if (empty == null) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> construct(kind, missing), field);
        assertTrue(refused.getMessage().endsWith("absent"), field + ": " + refused.getMessage());
        continue;
      }
      Object[] emptied = components(FULL.get(kind));
      emptied[i] = empty;
      Object expected;
      try {
        expected = construct(kind, emptied);
      } catch (IllegalArgumentException e) {
        assertEquals(e.getMessage(),
            assertThrows(IllegalArgumentException.class, () -> construct(kind, missing), field).getMessage(), field);
        continue;
      }
      assertEquals(expected, construct(kind, missing), field + " absent reads as empty");
    }
  }

  /** A blank text, or a blank text in a list or optional, is refused naming its value. */
  @ParameterizedTest
  @MethodSource("facts")
  void aBlankTextFieldIsRefused(Class<?> kind) {
    RecordComponent[] components = kind.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      Object blank = blank(components[i].getGenericType());
      if (blank == null) {
        continue;
      }
      Object[] args = components(FULL.get(kind));
      args[i] = blank;
      String field = kind.getSimpleName() + "." + components[i].getName();
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> construct(kind, args),
          field + " blank");
      assertTrue(refused.getMessage().endsWith("must not be blank but was \" \""), field + ": " + refused.getMessage());
    }
  }

  /** 001 §7.3: a service is suspended only "with alternative provision"; no other lever needs one. */
  @Test
  void onlyASuspensionMustNameTheAlternativeProvision() {
    for (ContractualLever lever : ContractualLever.values()) {
      if (lever == ContractualLever.SUSPENSION) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> new ContractualLeverApplied(lever, Optional.of("Maternity unit"), Optional.empty()));
        assertEquals("a service suspension must name the alternative provision put in place (001 §7.3)",
            refused.getMessage());
      } else {
        assertEquals(Optional.empty(),
            new ContractualLeverApplied(lever, Optional.empty(), Optional.empty()).alternativeProvision(), lever.name());
      }
    }
  }

  /**
   * 003 §5.2.3 d: the provider may "acknowledge or challenge risks presented ... or provide further
   * evidence": a challenge carries its evidence; an acknowledgement may come without.
   */
  @Test
  void onlyAChallengeMustCarryEvidence() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> ProviderResponded.of("KR-1", RiskResponse.CHALLENGED, List.of()));
    assertEquals("a challenge to risk KR-1 must carry evidence but had none", refused.getMessage());
    assertEquals(ImmutableList.of(), ProviderResponded.of("KR-1", RiskResponse.ACKNOWLEDGED, List.of()).evidence());
  }

  /** 003 §5.2.3 c: key risks are agreed as a set, at least one, each id naming one risk. */
  @Test
  void keyRisksAgreedNameOneRiskAtLeastEachUnderItsOwnId() {
    assertEquals("key risks agreed must name at least one risk but named none",
        assertThrows(IllegalArgumentException.class, () -> KeyRisksAgreed.of(List.of())).getMessage());
    assertEquals("key risk ids must be unique but were [KR-1, KR-2, KR-1]",
        assertThrows(IllegalArgumentException.class, () -> KeyRisksAgreed.of(List.of(KeyRisk.of("KR-1", "Staffing"),
            KeyRisk.of("KR-2", "Falls"), KeyRisk.of("KR-1", "Pressure ulcers")))).getMessage());
    assertEquals(1, KeyRisksAgreed.of(List.of(KeyRisk.of("KR-1", "Staffing"))).risks().size());
  }

  /** 003 §5.2.3 e: closing the remaining actions names the actions it closes, one at least. */
  @Test
  void closingTheRemainingActionsNamesOneAtLeast() {
    assertEquals("actions closed must name at least one action but named none",
        assertThrows(IllegalArgumentException.class, () -> RemainingActionsClosed.of(List.of())).getMessage());
    assertEquals(ImmutableList.of("PA-1"), RemainingActionsClosed.of(List.of("PA-1")).actionIds());
  }

  /** 003 §3: a correction points at an earlier event by its version, which starts at 1. */
  @Test
  void aCorrectionPointsAtAVersionOfOneOrMore() {
    assertEquals("corrects must be the version of an earlier event (1 or more) but was 0",
        assertThrows(IllegalArgumentException.class, () -> CorrectionRecorded.of(0, "Wrong date")).getMessage());
    assertEquals(1, CorrectionRecorded.of(1, "Wrong date").corrects());
  }

  /** Which decision a recorded decision is, and its levels, are required (004 §4.4). */
  @Test
  void aDecisionNamesItsDecisionAndBothLevels() {
    assertEquals("DecisionTaken: decision is required but was absent", assertThrows(IllegalArgumentException.class,
        () -> DecisionTaken.of(null, Level.ROUTINE, Level.ENHANCED)).getMessage());
    assertEquals("DecisionTaken: from is required but was absent", assertThrows(IllegalArgumentException.class,
        () -> DecisionTaken.of(DecisionType.PLACE_ON_ENHANCED, null, Level.ENHANCED)).getMessage());
    assertEquals("DecisionTaken: to is required but was absent", assertThrows(IllegalArgumentException.class,
        () -> DecisionTaken.of(DecisionType.PLACE_ON_ENHANCED, Level.ROUTINE, null)).getMessage());
  }

  private static Object empty(Class<?> type) {
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == ImmutableList.class) {
      return ImmutableList.of();
    }
    return null;
  }

  /** A blank of a text field, or of the text in a list or optional; null for other types. */
  private static Object blank(Type type) {
    if (type == String.class) {
      return " ";
    }
    if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class) {
      if (p.getRawType() == ImmutableList.class) {
        return ImmutableList.of("x", " ");
      }
      if (p.getRawType() == Optional.class) {
        return Optional.of(" ");
      }
    }
    return null;
  }

  private static Object[] components(CaseFact fact) {
    return Arrays.stream(fact.getClass().getRecordComponents()).map(c -> {
      try {
        return c.getAccessor().invoke(fact);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }).toArray();
  }

  private static CaseFact construct(Class<?> kind, Object[] args) throws Exception {
    Class<?>[] types = Arrays.stream(kind.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> canonical = kind.getDeclaredConstructor(types);
    try {
      return (CaseFact) canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
