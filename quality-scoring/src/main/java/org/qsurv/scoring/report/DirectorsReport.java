package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import org.qsurv.model.Checks;

/**
 * The monthly quality and risk report to the ICB's directors (000 §6.7: "Quality and Risk reports
 * ... to the CCG Directors meetings on a monthly basis ... These will include assurance on the
 * organisation's statutory responsibilities"; 000 §8.3: a system-wide quality report monthly;
 * 002 §4.1: the key quality indicators of the main providers). Each part is a list of lines
 * naming their evidence by id and date; an empty part means nothing to report in it, and
 * {@link #missing()} says where that is for want of data.
 *
 * @param asOf the date it is as of
 * @param since the start of the month it reports on (decisions and deep dives after it are new)
 * @param forDecision what needs a director now: escalation the evidence advises and deep-dive
 *     triggers no deep dive answers (001 §7.1: only a director authorises one)
 * @param surveillance each provider in enhanced or intensive surveillance, with its level of
 *     assurance
 * @param decisionsTaken the escalation decisions and deep dives of the month
 * @param keyIndicators the indicators in the red band or showing special cause of concern
 * @param highRisks the risks scored 15 or more (004 §4.4), of providers and of the system
 * @param statutoryAssurance the assurance on statutory and regulatory responsibilities
 * @param missing what the report lacks: returns not received, providers with no data, stale data
 * @since 1.0.0
 */
public record DirectorsReport(LocalDate asOf, LocalDate since, ImmutableList<String> forDecision,
    ImmutableList<String> surveillance, ImmutableList<String> decisionsTaken,
    ImmutableList<String> keyIndicators, ImmutableList<String> highRisks,
    ImmutableList<String> statutoryAssurance, ImmutableList<String> missing) {
  /** Checks that every part is present and the month does not start after its date. */
  public DirectorsReport {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(since, "since");
    Checks.check(!since.isAfter(asOf),
        () -> "directors report since " + since + " is after its date "
        + asOf);
    Objects.requireNonNull(forDecision, "forDecision");
    Objects.requireNonNull(surveillance, "surveillance");
    Objects.requireNonNull(decisionsTaken, "decisionsTaken");
    Objects.requireNonNull(keyIndicators, "keyIndicators");
    Objects.requireNonNull(highRisks, "highRisks");
    Objects.requireNonNull(statutoryAssurance, "statutoryAssurance");
    Objects.requireNonNull(missing, "missing");
  }
}
