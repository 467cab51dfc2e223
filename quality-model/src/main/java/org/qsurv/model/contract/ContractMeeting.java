package org.qsurv.model.contract;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A contract quality meeting about a provider (SNAPSHOT.md {@code meetings}): its kind and date,
 * whether it was held, why not when it was not (003 §5.1.2: a meeting not held to the contract's
 * timescale "should be formally documented"), and its action log.
 *
 * <pre>{@code
 * ContractMeeting m = new ContractMeeting(ContractMeetingId.of("M-1"),
 *     OrganisationCode.of("RH5"), ContractMeetingKind.CQPG, LocalDate.of(2025, 6, 12), true,
 *     Optional.empty(), List.of());
 * }</pre>
 *
 * @param id the meeting's id, unique within a snapshot; what CONTRACT_MEETING_NOT_HELD cites
 * @param provider the provider it is about
 * @param kind CQRM, CQPG or QSG
 * @param date the date it was held or was to be held
 * @param held whether it was held
 * @param reasonNotHeld why not, required when it was not held and absent when it was
 * @param actions its action log
 * @since 1.0.0
 */
public record ContractMeeting(ContractMeetingId id, OrganisationCode provider,
    ContractMeetingKind kind, LocalDate date, boolean held, Optional<String> reasonNotHeld,
    ImmutableList<MeetingAction> actions) {

  /** A meeting; {@code actions} is copied. */
  public ContractMeeting(ContractMeetingId id, OrganisationCode provider, ContractMeetingKind kind,
      LocalDate date, boolean held, Optional<String> reasonNotHeld, List<MeetingAction> actions) {
    this(id, provider, kind, date, held, reasonNotHeld, ImmutableList.copyOf(actions));
  }

  /**
   * Checks that a meeting not held says why, and a meeting held gives no reason.
   *
   * @throws IllegalArgumentException naming the meeting if the reason is missing, blank or
   *     contradicts {@code held}
   */
  public ContractMeeting {
    Objects.requireNonNull(id, "meeting id");
    Objects.requireNonNull(provider, "meeting provider");
    Objects.requireNonNull(kind, "meeting kind");
    Objects.requireNonNull(date, "meeting date");
    Objects.requireNonNull(reasonNotHeld, "meeting reasonNotHeld");
    Objects.requireNonNull(actions, "meeting actions");
    Checks.check(held || reasonNotHeld.isPresent(),
        () -> "meeting " + id + " was not held and so needs"
        + " a reasonNotHeld (003 §5.1.2: a meeting not held is formally documented)");
    Checks.check(!held || reasonNotHeld.isEmpty(), () -> "meeting " + id + " was held and so has no"
        + " reasonNotHeld");
    reasonNotHeld.ifPresent(r -> Checks.notBlank("meeting reasonNotHeld", r));
  }
}
