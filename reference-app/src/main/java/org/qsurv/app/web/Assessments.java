package org.qsurv.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.port.DataVersion;
import org.qsurv.app.port.Ports;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.ProviderAssessment;

/**
 * The computed provider assessments (the stored data as a snapshot, evaluated by {@link
 * SnapshotEvaluator}), cached with Caffeine, and the values derived from the same data (rendered
 * charts and tables, {@link #derived}).
 *
 * <p>Entries are keyed by the date, a local write generation and the database's {@link
 * DataVersion}. Two kinds of write move the key on:
 *
 * <ul>
 *   <li>a write this process makes: the pages call {@link #written()} after it is stored, which
 *       moves the local generation on before it returns;
 *   <li>a write any process makes (a {@code qsurv import} run beside {@code serve}, another node on
 *       PostgreSQL): the database's data version moves on in the write's own transaction, and is
 *       read again by every request (once per request, {@link #duringRequest}) or, outside a
 *       request, by every read.
 * </ul>
 *
 * <p>Why a write is never hidden by a stale entry: an evaluation that began before the write (and
 * so may have read the old data) is stored under the old key, which no reader that starts after the
 * write asks for again: after {@link #written()} returns the local generation is new, and after
 * another process's commit the data version a new read sees is new, and a reader that sees the new
 * version sees the write (they commit together). Entries of an older version are dropped when a
 * different one is first seen, so old generations do not fill the cache (and a database restored
 * from a backup, whose version counts again from an older number, meets no entry made before).
 *
 * <pre>{@code
 * Assessments assessments = new Assessments(ports, JdbcPorts.dataVersion(database));
 * Optional<ProviderAssessment> rh5 = assessments.provider(OrganisationCode.of("RH5"));
 * ports.risks().add(risk);
 * assessments.written();
 * }</pre>
 */
public final class Assessments {
  /** The pin of a request that has not read the data version yet. */
  private static final long UNREAD = Long.MIN_VALUE;

  private final Ports ports;
  private final DataVersion dataVersion;
  private final PolicyProfile profile;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong lastVersion = new AtomicLong(UNREAD);
  private final AtomicLong evaluations = new AtomicLong();
  private final ThreadLocal<long[]> pinned = new ThreadLocal<>();
  private final Cache<Key, Evaluated> cache = Caffeine.newBuilder().maximumSize(8).build();
  private final Cache<DerivedKey, CompletableFuture<Object>> derived = Caffeine.newBuilder()
      .maximumSize(2_000).build();

  /**
   * Assessments of what {@code ports} hold, as of their clock's today, seeing only the writes this
   * process reports through {@link #written()}.
   */
  public Assessments(Ports ports) {
    this(ports, DataVersion.unchanging());
  }

  /**
   * Assessments of what {@code ports} hold, as of their clock's today, seeing the writes this
   * process reports and every write that moves {@code dataVersion} on.
   */
  public Assessments(Ports ports, DataVersion dataVersion) {
    this(ports, dataVersion, PolicyProfiles.nhsDefaults());
  }

  /**
   * Assessments of what {@code ports} hold as {@link #Assessments(Ports, DataVersion)} makes them,
   * evaluated under {@code profile} ({@code SnapshotEvaluator.evaluate(snapshot, profile)}).
   *
   * @since 1.1.0
   */
  public Assessments(Ports ports, DataVersion dataVersion, PolicyProfile profile) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.dataVersion = Objects.requireNonNull(dataVersion, "dataVersion");
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /**
   * The policy profile everything is evaluated under: the assessments, and what the pages and
   * the API derive from the same data (risk reviews, charts).
   *
   * @since 1.1.0
   */
  public PolicyProfile profile() {
    return profile;
  }

  /** Today, by the ports' clock. */
  public LocalDate today() {
    return LocalDate.now(ports.clock());
  }

  /** Every provider's assessment as of today. */
  public Assessment current() {
    return evaluated().assessment();
  }

  /** The provider's assessment as of today, if the provider is known. */
  public Optional<ProviderAssessment> provider(OrganisationCode code) {
    return Optional.ofNullable(evaluated().byProvider().get(code));
  }

  /**
   * The stored snapshot as of today that {@link #current()} evaluates: the governance reports
   * read both, of the same date.
   *
   * @since 1.0.0
   */
  public Snapshot snapshot() {
    return evaluated().snapshot();
  }

  /**
   * How current the data behind the provider's assessment is (its newest return and
   * intelligence, the last import), from the same state of the data as {@link #provider}, if the
   * provider is known: for the pages to show beside the advice (hazard H14).
   *
   * @since 1.0.0
   */
  public Optional<DataCurrency> currency(OrganisationCode code) {
    return Optional.ofNullable(evaluated().currency().get(code));
  }

  private Evaluated evaluated() {
    return cache.get(new Key(today(), generation.get(), version()), key -> {
      evaluations.incrementAndGet();
      Snapshot snapshot = StoredSnapshot.asOf(ports, key.asOf());
      Assessment assessment = SnapshotEvaluator.evaluate(snapshot, profile);
      ImmutableMap.Builder<OrganisationCode, ProviderAssessment> byProvider =
          ImmutableMap.builder();
      assessment.providers().forEach(p -> byProvider.put(p.code(), p));
      return new Evaluated(snapshot, assessment, byProvider.buildKeepingLast(),
          DataCurrency.of(snapshot, ports.imports().lastImport()));
    });
  }

  /**
   * A value derived from the stored data as of today (a rendered chart, the overview's tables),
   * computed once per write generation like the assessments themselves, so a write is never hidden
   * by it either.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(String name, Supplier<T> compute) {
    DerivedKey key = new DerivedKey(name, today(), generation.get(), version());
    // The value is made outside the cache's map: a value made from other derived values (the
    // quality report reads the derived provider names) would otherwise update the map from inside
    // its own computation, which Caffeine refuses ("Recursive update") when the two keys share a
    // bin. The first caller makes it; a concurrent caller of the same key waits for it.
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> made = derived.asMap().putIfAbsent(key, mine);
    if (made != null) {
      return (T) made.join();
    }
    try {
      T value = compute.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      derived.asMap().remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** Records that a write that may change an assessment has been stored. */
  public void written() {
    generation.incrementAndGet();
    cache.invalidateAll();
    derived.invalidateAll();
    long[] pin = pinned.get();
    if (pin != null) {
      // The rest of this request (a page made after its own write) reads the version again.
      pin[0] = UNREAD;
    }
  }

  /**
   * Runs {@code request} (one HTTP request's page) with the data version read at most once: every
   * read of the assessments and derived values it makes uses the same version, so one page is made
   * from one state of the data, and costs one query for it.
   */
  public <T, E extends Exception> T duringRequest(Work<T, E> request) throws E {
    if (pinned.get() != null) {
      return request.run();
    }
    pinned.set(new long[] {UNREAD});
    try {
      return request.run();
    } finally {
      pinned.remove();
    }
  }

  /** A request's work, which may throw a checked exception (the pages' {@code IOException}). */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    /** Does the work. */
    T run() throws E;
  }

  /**
   * Computes today's assessments now. {@code serve} calls it before it listens: on a cold start
   * under load every request would otherwise queue behind the first evaluation of the whole
   * snapshot (the first 200 requests per second waited up to 3.7 s for it). A database that holds
   * no surveillance data yet has nothing to compute.
   *
   * @since 1.0.0
   */
  public void warm() {
    if (ports.directory().commissioner().isPresent()) {
      evaluated();
    }
  }

  /** How many times the assessments have been computed (not served from the cache). */
  public long evaluations() {
    return evaluations.get();
  }

  private long version() {
    long[] pin = pinned.get();
    if (pin == null) {
      return read();
    }
    if (pin[0] == UNREAD) {
      pin[0] = read();
    }
    return pin[0];
  }

  private long read() {
    long v = dataVersion.current();
    long last = lastVersion.get();
    if (v != last && lastVersion.compareAndSet(last, v) && last != UNREAD) {
      // The data changed: no reader that starts from now on asks for the old entries. Any change,
      // not only a higher number: a database restored from a backup counts again from an older
      // version, and its entries must not meet those made before the restore.
      cache.invalidateAll();
      derived.invalidateAll();
    }
    return v;
  }

  private record Evaluated(Snapshot snapshot, Assessment assessment,
      ImmutableMap<OrganisationCode, ProviderAssessment> byProvider,
      ImmutableMap<OrganisationCode, DataCurrency> currency) {}

  private record Key(LocalDate asOf, long generation, long version) {}

  private record DerivedKey(String name, LocalDate asOf, long generation, long version) {}
}
