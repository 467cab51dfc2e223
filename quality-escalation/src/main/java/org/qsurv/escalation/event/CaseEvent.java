package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;

/**
 * One entry of a surveillance case's append-only log: a {@link CaseFact} with who recorded it
 * (name, role, organisation), when and why (003 §3: "an audit trail of actions and rationale for
 * decisions made"), its version within the case (1, 2, 3...), and its place in the tamper-evident
 * hash chain: the hash of the event before it and its own hash (see
 * {@code org.qsurv.escalation.audit.HashChain}).
 *
 * <p>Events are produced by {@code SurveillanceCase.decide}; they are stored and restored as JSON
 * with {@link CaseEventJson} ({@code QsurvJson.mapper()} reads and writes the same fields, in
 * {@link CaseEventJson}'s canonical key order only when written by it).
 * Construction checks the shape of each field, not the hash: a tampered event can be represented,
 * so that the chain verifier can report it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class CaseEvent {
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  /** The provider whose case this is. */
  public abstract OrganisationCode provider();

  /** The position in the case's log: 1 for the first event. */
  public abstract long version();

  /** The date it happened; dates never go backwards within a case. */
  public abstract LocalDate at();

  /** Who recorded it: name, role and (where recorded) organisation. */
  public abstract Actor by();

  /** Why. Never blank. */
  public abstract String rationale();

  /** What happened. */
  public abstract CaseFact fact();

  /** The hash of the event before this one, or {@code HashChain.GENESIS} for the first. */
  public abstract String previousHash();

  /** This event's hash: SHA-256 over its canonical form, which includes {@link #previousHash()}. */
  public abstract String hash();

  /**
   * A builder for an event: every attribute is required. {@code SurveillanceCase.decide} makes the
   * events of a case and computes their hashes; build one directly only to restore or check a log
   * ({@code CaseEvent.builder().from(event)} starts from an existing event).
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link CaseEvent}: every setter returns this builder, and {@code build()}
   * returns the checked event.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableCaseEvent.Builder {}

  /** The event as its JSON tree (the form {@link CaseEventJson} writes). */
  @JsonValue
  public JsonNode toJsonTree() {
    return CaseEventJson.toTree(this);
  }

  /** Reads an event from its JSON tree. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CaseEvent fromJsonTree(JsonNode tree) {
    return CaseEventJson.fromTree(tree);
  }

  /**
   * Rejects a version below 1, a blank rationale, and a hash or previous hash that is not 64
   * lower-case hex digits, with an {@link IllegalArgumentException} that names the field and the
   * value. It does not check that the hash is right: that is the chain verifier's job.
   */
  @Value.Check
  protected void check() {
    Checks.check(version() >= 1, () -> "event version must be 1 or more but was " + version());
    Checks.notBlank("rationale of event " + version(), rationale());
    Checks.check(HASH.matcher(previousHash()).matches(),
        () -> "previousHash must be 64 lower-case hex digits but was "
            + Checks.quote(previousHash()));
    Checks.check(HASH.matcher(hash()).matches(),
        () -> "hash must be 64 lower-case hex digits but was " + Checks.quote(hash()));
  }
}
