package org.qsurv.escalation.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.testing.escalation.CaseFile;
import org.qsurv.testing.escalation.EscalationArbitraries;

/**
 * The snapshot seam runs the same rules as the case: for any sequence of snapshot decisions, its
 * result is what a case file that handled them holds, and the case rebuilds from its events.
 */
class DecisionReplayProperties {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final EscalationPolicy NHS = EscalationPolicy.nhsDefaults();

  @Provide
  Arbitrary<List<Decision>> decisionSequences() {
    return Arbitraries.longs().list().ofMaxSize(30).map(seeds -> {
      CaseFile file = CaseFile.open(RH5, NHS);
      List<Decision> decisions = new ArrayList<>();
      for (long seed : seeds) {
        TakeDecision d = (TakeDecision) EscalationArbitraries.decisions(file.state(), NHS).generator(1000)
            .next(new Random(seed)).value();
        decisions.add(Decision.builder().provider(RH5).at(d.at()).decision(d.decision()).by(d.by())
            .rationale(d.rationale()).build());
        file = file.handle(d);
      }
      return decisions;
    });
  }

  @Property
  void replayingSnapshotDecisionsGivesWhatTheCaseRecords(@ForAll("decisionSequences") List<Decision> decisions) {
    ReplayResult result = DecisionReplay.replay(RH5, decisions, NHS);
    CaseFile file = CaseFile.open(RH5, NHS);
    List<Boolean> accepted = new ArrayList<>();
    for (Decision d : decisions) {
      file = file.handle(TakeDecision.from(d));
      accepted.add(file.lastStep().get().outcome().isAccepted());
    }
    assertEquals(file.state(), result.finalCase());
    assertEquals(file.log(), result.events());
    assertEquals(accepted, result.decisions().stream().map(DecisionOutcome::accepted)
        .collect(ImmutableList.toImmutableList()));
    assertEquals(result.finalCase(), SurveillanceCase.replay(RH5, result.events()));
    assertEquals(decisions.size(), result.decisions().size());
  }
}
