package org.qsurv.app.jdbc;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.port.Ports;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * The process {@link CrashTest} kills with {@code kill -9}. It reports on standard output each step
 * it has completed, so that the test knows what was committed before the kill:
 * <ul>
 *   <li>{@code import URL FILE}: validates and imports the CSV, printing {@code VALIDATED n}, then
 *       {@code PROGRESS done total} as batches are sent (inside the open transaction), and
 *       {@code COMMITTED} after the commit; once observations are being written it holds the
 *       transaction open for two minutes, so that the kill lands inside it however fast the
 *       write is (a million observations take a fraction of a second since migration V16);</li>
 *   <li>{@code decide URL PROVIDER}: submits decisions to the provider's escalation case through
 *       {@link SurveillanceCases#submit} (exactly as the application does), forever, alternating
 *       placing on enhanced and returning to routine, a day apart, printing
 *       {@code COMMITTED version hash} after each accepted decision has committed.</li>
 * </ul>
 */
public final class CrashChild {
  private CrashChild() {}

  /**
   * Opens the database as the application does, trying again for up to a minute: on a machine so
   * loaded that the pool's 5 s wait for the first connection passes before H2 has opened its file,
   * the test would fail before the crash it is about.
   */
  private static Database openPatiently(String url) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    while (true) {
      try {
        return Database.open(url, Optional.empty(), Optional.empty());
      } catch (org.qsurv.app.port.StoreException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        System.err.println("CrashChild: " + e.getMessage() + "; trying again");
        Thread.sleep(500);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    try (Database db = openPatiently(args[1])) {
      Ports ports = JdbcPorts.open(db, Clock.systemUTC());
      if (mode.equals("import")) {
        importFile(ports, Path.of(args[2]));
      } else {
        decideForever(new SurveillanceCases(ports.cases(), EscalationPolicy.nhsDefaults()),
            OrganisationCode.of(args[2]));
      }
    }
  }

  private static void importFile(Ports ports, Path file) throws Exception {
    Importer importer = new Importer(ports);
    ImportPlan plan;
    try (InputStream in = Files.newInputStream(file)) {
      plan = importer.plan(file.getFileName().toString(), Optional.empty(), in, "crash-child");
    }
    if (!plan.isValid()) {
      report("INVALID " + plan.problems().subList(0, Math.min(5, plan.problems().size())));
      System.exit(2);
    }
    report("VALIDATED " + plan.batch().orElseThrow().size());
    long[] first = {-1};
    importer.write(plan, (done, total) -> {
      report("PROGRESS " + done + " " + total);
      if (first[0] < 0) {
        first[0] = done;
      } else if (done < total) {
        // Observations are on their way inside the open transaction: hold it open, so that the
        // kill lands in it, however fast the rest of the write would have been.
        holdOpen();
      }
    });
    report("COMMITTED");
  }

  private static void decideForever(SurveillanceCases cases, OrganisationCode provider) {
    Actor director = Actor.of("A. Director", Role.ICB_DIRECTOR);
    while (true) {
      SurveillanceCase state = cases.load(provider).state();
      LocalDate at = state.lastEventDate().map(d -> d.plusDays(1))
          .orElse(LocalDate.of(2020, 1, 1));
      DecisionType decision = state.level() == Level.ROUTINE
          ? DecisionType.PLACE_ON_ENHANCED : DecisionType.RETURN_TO_ROUTINE;
      Outcome outcome = cases.submit(provider, TakeDecision.of(decision, at, director,
          "Crash test decision of " + at));
      if (!outcome.isAccepted()) {
        report("REJECTED " + outcome.rejection().orElseThrow());
        System.exit(3);
      }
      report("COMMITTED " + outcome.after().version() + " " + outcome.after().lastHash());
    }
  }

  private static void holdOpen() {
    try {
      Thread.sleep(java.util.concurrent.TimeUnit.MINUTES.toMillis(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void report(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
