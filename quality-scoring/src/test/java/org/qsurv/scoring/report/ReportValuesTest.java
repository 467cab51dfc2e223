package org.qsurv.scoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.reminder.Reminder;
import org.qsurv.scoring.reminder.ReminderPolicy;
import org.qsurv.scoring.reminder.Reminders;
import org.qsurv.scoring.report.Assessed.Placed;
import org.qsurv.scoring.risk.RiskReviewPolicy;

/**
 * Bad input gets a clear error naming the field and changes nothing: each report and reminder
 * value refuses a missing part, naming it, and a reminder or its policy a blank text or a number
 * out of its range. The values are the ones the reports really produce, each part in turn left
 * out.
 */
class ReportValuesTest {
  private static final String JSON = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Somerset ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
      + " {\"code\": \"1-202345678\", \"name\": \"Willow Unit\", \"kind\": \"LD_AUTISM_INPATIENT\"}],"
      + " \"indicators\": [{\"id\": \"shmi\", \"name\": \"SHMI\", \"domain\": \"SAFE\", \"unit\":"
      + " \"ratio\", \"polarity\": \"LOWER_IS_BETTER\", \"frequency\": \"MONTHLY\"}],"
      + " \"observations\": [{\"provider\": \"RH5\", \"indicator\": \"shmi\", \"period\":"
      + " \"2025-06\", \"value\": 1.21}],"
      + " \"intelligence\": [{\"id\": \"I-1\", \"provider\": \"1-202345678\", \"received\":"
      + " \"2025-06-12\", \"source\": \"COMPLAINT\", \"nature\": \"SOFT\", \"domain\": \"SAFE\","
      + " \"summary\": \"Restraint used outside policy\"}],"
      + " \"risks\": [{\"id\": \"R-1\", \"provider\": \"RH5\", \"title\": \"Night staffing\","
      + " \"domain\": \"SAFE\", \"owner\": \"Chief Nurse\", \"likelihood\": 4, \"consequence\": 4,"
      + " \"lastReviewed\": \"2025-05-20\"}], \"decisions\": []}";

  /** One of each report and reminder value, as the reports produce them. */
  private static List<Record> values() {
    Snapshot s = SnapshotReader.read(JSON).snapshot();
    Assessment a = Assessed.of(s, Map.of("RH5", Placed.at(Level.ENHANCED,
        LocalDate.of(2025, 3, 3))));
    List<Record> values = new ArrayList<>();
    ServiceAreaReport area = GovernanceReports.serviceArea("Acute", Set.of(ProviderKind.ACUTE), s,
        a, 2);
    values.add(area);
    values.add(area.enhanced().get(0));
    QsgAgenda agenda = GovernanceReports.qsgAgenda(s, a, Optional.of(a));
    values.add(agenda);
    values.add(agenda.items().get(0));
    values.add(GovernanceReports.directors(s, a, 1));
    HostCommissionerNotes notes = GovernanceReports.hostCommissionerNotes(s, a,
        Optional.of("J. Smith"), 1);
    values.add(notes);
    values.add(notes.units().get(0));
    IconSummaryMatrix matrix = IconSummaryMatrix.of("Acute", Set.of(ProviderKind.ACUTE), s, a,
        IconSummaryMatrix.Order.PROVIDER);
    values.add(matrix);
    values.add(matrix.rows().get(0));
    values.add(matrix.rows().get(0).cells().get(0).orElseThrow());
    values.add(Reminders.dueOn(s, s.asOf(), ReminderPolicy.nhsDefaults()).get(0));
    values.add(ReminderPolicy.nhsDefaults());
    return values;
  }

  @Test
  void everyValueRefusesAMissingPartNamingIt() throws ReflectiveOperationException {
    List<Record> values = values();
    assertEquals(12, values.size());
    for (Record value : values) {
      RecordComponent[] parts = value.getClass().getRecordComponents();
      Constructor<?> canonical = value.getClass().getDeclaredConstructor(
          Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
      Object[] args = new Object[parts.length];
      for (int i = 0; i < parts.length; i++) {
        args[i] = parts[i].getAccessor().invoke(value);
      }
      assertEquals(value, canonical.newInstance(args), "the parts make the value again");
      for (int i = 0; i < parts.length; i++) {
        if (parts[i].getType().isPrimitive()) {
          continue;
        }
        Object[] missing = args.clone();
        missing[i] = null;
        String where = value.getClass().getSimpleName() + "." + parts[i].getName();
        try {
          canonical.newInstance(missing);
          fail(where + " was accepted missing");
        } catch (InvocationTargetException e) {
          Throwable refusal = e.getCause();
          assertTrue(refusal instanceof NullPointerException
              || refusal instanceof IllegalArgumentException, where + ": " + refusal);
          assertTrue(squeezed(refusal.getMessage()).contains(squeezed(parts[i].getName())),
              where + " refused without naming it: " + refusal.getMessage());
        }
      }
    }
  }

  /** Lower case without spaces: "row provider" names {@code provider}. */
  private static String squeezed(String text) {
    return String.valueOf(text).replace(" ", "").toLowerCase(Locale.ROOT);
  }

  @Test
  void aReminderRefusesABlankTextNamingTheFieldAndTheValue() {
    Reminder r = (Reminder) values().get(10);
    List<IllegalArgumentException> refusals = List.of(
        assertThrows(IllegalArgumentException.class, () -> new Reminder(" ", r.kind(), r.owner(),
            r.subject(), r.provider(), r.why())),
        assertThrows(IllegalArgumentException.class, () -> new Reminder(r.key(), r.kind(), " ",
            r.subject(), r.provider(), r.why())),
        assertThrows(IllegalArgumentException.class, () -> new Reminder(r.key(), r.kind(),
            r.owner(), " ", r.provider(), r.why())),
        assertThrows(IllegalArgumentException.class, () -> new Reminder(r.key(), r.kind(),
            r.owner(), r.subject(), r.provider(), " ")));
    List<String> fields = List.of("reminder key", "reminder owner", "reminder subject",
        "reminder why");
    for (int i = 0; i < fields.size(); i++) {
      assertEquals(fields.get(i) + " must not be blank but was \" \"",
          refusals.get(i).getMessage());
    }
  }

  /**
   * A review is announced 0 to 90 days ahead and a concern is awaited 1 to 365 days for triage:
   * each bound is accepted, one beyond it refused naming the field and the value.
   */
  @Test
  void aReminderPolicysDaysAreInTheirRanges() {
    RiskReviewPolicy review = RiskReviewPolicy.nhsDefaults();
    for (int days : new int[] {0, 90}) {
      assertEquals(days, new ReminderPolicy(review, days, 7, "lead").reviewDueWithinDays());
    }
    for (int days : new int[] {1, 365}) {
      assertEquals(days, new ReminderPolicy(review, 14, days, "lead").triageDays());
    }
    for (int days : new int[] {-1, 91}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new ReminderPolicy(review, days, 7, "lead"));
      assertTrue(e.getMessage().contains("reminder reviewDueWithinDays")
          && e.getMessage().contains(Integer.toString(days)), e.getMessage());
    }
    for (int days : new int[] {0, 366}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new ReminderPolicy(review, 14, days, "lead"));
      assertTrue(e.getMessage().contains("reminder triageDays")
          && e.getMessage().contains(Integer.toString(days)), e.getMessage());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ReminderPolicy(review, 14, 7, " "));
    assertTrue(e.getMessage().startsWith("reminder defaultOwner"), e.getMessage());
  }

  /** A matrix row has a cell per column, or the matrix is refused saying how many of each. */
  @Test
  void aMatrixRowWithoutACellPerColumnIsRefused() {
    IconSummaryMatrix m = (IconSummaryMatrix) values().get(7);
    IconSummaryMatrix.Row row = m.rows().get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IconSummaryMatrix(m.serviceArea(), m.kinds(), m.asOf(), m.indicators(),
            ImmutableList.of(new IconSummaryMatrix.Row(row.provider(),
                ImmutableList.of()))));
    assertEquals("row of RH5 has 0 cells but the matrix has 1 indicators", e.getMessage());
    assertFalse(m.indicators().isEmpty());
    assertInstanceOf(IconSummaryMatrix.Cell.class, row.cells().get(0).orElseThrow());
  }
}
