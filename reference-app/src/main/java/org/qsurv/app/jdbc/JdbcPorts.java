package org.qsurv.app.jdbc;

import java.time.Clock;
import java.util.Objects;
import org.qsurv.app.cases.CaseDecisions;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.ApiTokens;
import org.qsurv.app.port.BoardPackArchive;
import org.qsurv.app.port.DataVersion;
import org.qsurv.app.port.PasswordHashes;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.escalation.policy.EscalationPolicy;

/**
 * The JDBC adapter of every port, over one {@link Database}. The decisions are read from the
 * case logs ({@link CaseDecisions}) and recorded under the escalation policy given (the national
 * one by default).
 *
 * <pre>{@code
 * try (Database db = Database.open(Database.DEFAULT_URL, Optional.empty(), Optional.empty())) {
 *   Ports ports = JdbcPorts.open(db, Clock.systemUTC());
 *   ports.risks().risks().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class JdbcPorts {
  private JdbcPorts() {}

  /**
   * The ports over {@code database}, with {@code clock} as the application's time, recording
   * decisions under the national escalation policy.
   */
  public static Ports open(Database database, Clock clock) {
    return open(database, clock, EscalationPolicy.nhsDefaults());
  }

  /**
   * The ports over {@code database}, with {@code clock} as the application's time, recording
   * decisions under {@code escalation} (a profile's, {@code serve --profile}).
   *
   * @since 1.1.0
   */
  public static Ports open(Database database, Clock clock, EscalationPolicy escalation) {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(escalation, "escalation");
    Sql sql = new Sql(database.dataSource());
    JdbcCaseStore cases = new JdbcCaseStore(sql, database.dataSource());
    return new Ports(
        new JdbcDirectory(sql),
        new JdbcObservationFeed(sql),
        new JdbcIntelligenceStore(sql),
        new JdbcRiskRegister(sql),
        new JdbcImprovementPlans(sql),
        new CaseDecisions(new SurveillanceCases(cases, escalation)),
        cases,
        new JdbcImportSink(sql, clock),
        new JdbcRegulatorRatings(sql),
        new JdbcQualityVisits(sql),
        new JdbcSeriousIncidents(sql),
        new JdbcContractMeetings(sql),
        new JdbcSeriesNotes(sql),
        new JdbcDeepDives(sql),
        clock);
  }

  /**
   * The data version of {@code database}: moved on by every write transaction of every process
   * that writes through these ports (table {@code data_version}), read with one primary-key query.
   */
  public static DataVersion dataVersion(Database database) {
    Objects.requireNonNull(database, "database");
    Sql sql = new Sql(database.dataSource());
    return sql::dataVersion;
  }

  /**
   * The outbox of reminders in the same database (migration V8): not one of the {@link Ports},
   * because an embedding system sends its reminders through its own messaging.
   */
  public static ReminderOutbox reminderOutbox(Database database) {
    Objects.requireNonNull(database, "database");
    return new JdbcReminderOutbox(new Sql(database.dataSource()));
  }

  /**
   * The board pack archive in the same database (migration V13): not one of the {@link Ports},
   * because an embedding system keeps its board papers in its own records system.
   */
  public static BoardPackArchive boardPacks(Database database) {
    Objects.requireNonNull(database, "database");
    return new JdbcBoardPackArchive(new Sql(database.dataSource()));
  }

  /**
   * The reference application's store of sign-in password hashes, in the same database: not one
   * of the {@link Ports}, because an embedding system signs its users in through its own identity
   * provider.
   */
  public static PasswordHashes passwordHashes(Database database) {
    Objects.requireNonNull(database, "database");
    return new JdbcPasswordHashes(new Sql(database.dataSource()));
  }

  /**
   * The JSON API's tokens and call audit, in the same database (migration V12): not one of the
   * {@link Ports}, because an embedding system authenticates its API clients its own way.
   *
   * @since 1.1.0
   */
  public static ApiTokens apiTokens(Database database) {
    Objects.requireNonNull(database, "database");
    return new JdbcApiTokens(new Sql(database.dataSource()));
  }
}
