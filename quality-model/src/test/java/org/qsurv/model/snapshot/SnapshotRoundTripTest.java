package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.json.QsurvJson;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * The v1 exchange format carries a snapshot whole (SNAPSHOT.md: "so that any system can hand the
 * SDK its data"): what {@link SnapshotWriter} writes, {@link SnapshotReader} reads back as an equal
 * snapshot, whichever way the caller hands over the document.
 */
class SnapshotRoundTripTest {

  @Property
  void aV1SnapshotWrittenAndReadBackIsEqual(@ForAll("v1Snapshots") Snapshot snapshot) {
    String json = SnapshotWriter.write(snapshot);
    SnapshotReader.Result read = SnapshotReader.read(json);
    assertEquals(ImmutableList.of(), read.problems(), json);
    assertEquals(snapshot, read.snapshot(), json);
  }

  /** SNAPSHOT.md reads bytes as well as text; the writer's output is UTF-8 ready. */
  @Property
  void aV1SnapshotReadsBackFromUtf8Bytes(@ForAll("v1Snapshots") Snapshot snapshot) {
    byte[] json = SnapshotWriter.write(snapshot).getBytes(StandardCharsets.UTF_8);
    assertEquals(snapshot, SnapshotReader.read(json).snapshot());
  }

  /** For large snapshots the caller opens the stream and hands over a Jackson parser / generator. */
  @Property
  void aV1SnapshotRoundTripsThroughCallerOwnedParserAndGenerator(
      @ForAll("v1Snapshots") Snapshot snapshot) throws Exception {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = QsurvJson.mapper().createGenerator(text)) {
      SnapshotWriter.write(snapshot, out);
    }
    try (JsonParser in = QsurvJson.mapper().createParser(text.toString())) {
      assertEquals(snapshot, SnapshotReader.read(in).snapshot());
    }
  }

  /**
   * Whatever the model holds, the writer emits a valid v1 document that reads back as the snapshot
   * less what the format has no field for (SnapshotWriter's list: missing returns, host
   * commissioners, numerators...).
   */
  @Property
  void anySnapshotWritesAValidV1DocumentHoldingItsV1Part(@ForAll("snapshots") Snapshot snapshot) {
    String json = SnapshotWriter.write(snapshot);
    SnapshotReader.Result read = SnapshotReader.read(json);
    assertTrue(read.isValid(), () -> read.problems() + "\n" + json);
    assertEquals(v1PartOf(snapshot), read.snapshot());
  }

  /** Writing is a function of the snapshot: the same snapshot always gives the same text. */
  @Property
  void writingWhatWasReadGivesTheSameText(@ForAll("snapshots") Snapshot snapshot) {
    String once = SnapshotWriter.write(snapshot);
    assertEquals(once, SnapshotWriter.write(SnapshotReader.read(once).snapshot()));
  }

  /** The generator's promise: v1Snapshots() hold nothing the format would drop. */
  @Property
  void v1SnapshotsHoldNothingTheFormatCannotCarry(@ForAll("v1Snapshots") Snapshot snapshot) {
    assertEquals(v1PartOf(snapshot), snapshot);
  }

  /** The part of a snapshot that the v1 format has fields for, as SnapshotWriter documents it. */
  static Snapshot v1PartOf(Snapshot s) {
    return Snapshot.builder()
        .asOf(s.asOf())
        .commissioner(Commissioner.of(s.commissioner().code(), s.commissioner().name()))
        .providers(s.providers().stream()
            .map(p -> Provider.builder().from(p).hostCommissioner(Optional.empty()).build())
            .collect(ImmutableList.toImmutableList()))
        .indicators(s.indicators().stream()
            .map(i -> IndicatorDefinition.builder().from(i).trajectory(Optional.empty()).build())
            .collect(ImmutableList.toImmutableList()))
        .observations(s.observations().stream()
            .filter(o -> !o.isMissing())
            .map(o -> Observation.of(o.provider(), o.indicator(), o.period(),
                o.value().getAsDouble()))
            .collect(ImmutableList.toImmutableList()))
        .intelligence(s.intelligence().stream()
            .map(i -> IntelligenceItem.builder().from(i).reportedBy(Optional.empty())
                .sensitive(false).build())
            .collect(ImmutableList.toImmutableList()))
        .risks(s.risks().stream()
            .map(r -> Risk.builder().id(r.id()).provider(r.provider()).title(r.title())
                .domain(r.domain()).owner(r.owner()).likelihood(r.likelihood())
                .consequence(r.consequence()).lastReviewed(r.lastReviewed()).build())
            .collect(ImmutableList.toImmutableList()))
        .decisions(s.decisions().stream()
            .map(d -> Decision.builder().from(d).by(Actor.of(d.by().name(), d.by().role())).build())
            .collect(ImmutableList.toImmutableList()))
        .actions(s.actions())
        .ratings(s.ratings()).visits(s.visits()).incidents(s.incidents()).meetings(s.meetings())
        .deepDives(s.deepDives().stream()
            .map(d -> new DeepDive(d.id(), d.provider(), d.authorised(),
                Actor.of(d.by().name(), d.by().role()), d.riskAssessment(), d.rationale()))
            .collect(ImmutableList.toImmutableList()))
        .format(s.format())
        .build();
  }

  @Provide
  Arbitrary<Snapshot> v1Snapshots() {
    return ModelArbitraries.v1Snapshots();
  }

  @Provide
  Arbitrary<Snapshot> snapshots() {
    return ModelArbitraries.snapshots();
  }
}
