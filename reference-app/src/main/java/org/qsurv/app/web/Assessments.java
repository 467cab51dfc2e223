package org.qsurv.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.port.Ports;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.assessment.SnapshotEvaluator;

/**
 * The computed provider assessments (the stored data as a snapshot, evaluated by {@link
 * SnapshotEvaluator}), cached with Caffeine. Every write the pages make that affects an assessment
 * (a decision, a risk, an import) calls {@link #written()} after it is stored.
 *
 * <p>Why a write is never hidden by a stale entry: entries are keyed by the date and a write
 * generation, and {@link #written()} moves the generation on before it returns. An evaluation that
 * began before the write (and so may have read the old data) is stored under the old generation,
 * which no reader asks for again; every read that starts after {@link #written()} returns uses the
 * new generation and so evaluates data that includes the write.
 *
 * <pre>{@code
 * Assessments assessments = new Assessments(ports);
 * Optional<ProviderAssessment> rh5 = assessments.provider(OrganisationCode.of("RH5"));
 * ports.risks().add(risk);
 * assessments.written();
 * }</pre>
 */
public final class Assessments {
  private final Ports ports;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong evaluations = new AtomicLong();
  private final Cache<Key, Assessment> cache = Caffeine.newBuilder().maximumSize(8).build();
  private final Cache<DerivedKey, Object> derived = Caffeine.newBuilder().maximumSize(2_000)
      .build();

  /** Assessments of what {@code ports} hold, as of their clock's today. */
  public Assessments(Ports ports) {
    this.ports = Objects.requireNonNull(ports, "ports");
  }

  /** Today, by the ports' clock. */
  public LocalDate today() {
    return LocalDate.now(ports.clock());
  }

  /** Every provider's assessment as of today. */
  public Assessment current() {
    return cache.get(new Key(today(), generation.get()), key -> {
      evaluations.incrementAndGet();
      return SnapshotEvaluator.evaluate(StoredSnapshot.asOf(ports, key.asOf()));
    });
  }

  /** The provider's assessment as of today, if the provider is known. */
  public Optional<ProviderAssessment> provider(OrganisationCode code) {
    return current().providers().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * A value derived from the stored data as of today (a rendered chart, the overview's tables),
   * computed once per write generation like the assessments themselves, so a write is never hidden
   * by it either.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(String name, java.util.function.Supplier<T> compute) {
    return (T) derived.get(new DerivedKey(name, today(), generation.get()), k -> compute.get());
  }

  /** Records that a write that may change an assessment has been stored. */
  public void written() {
    generation.incrementAndGet();
    cache.invalidateAll();
    derived.invalidateAll();
  }

  /** How many times the assessments have been computed (not served from the cache). */
  public long evaluations() {
    return evaluations.get();
  }

  private record Key(LocalDate asOf, long generation) {}

  private record DerivedKey(String name, LocalDate asOf, long generation) {}
}
