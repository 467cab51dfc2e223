package org.qsurv.escalation.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.google.common.collect.ImmutableList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.escalation.audit.HashChain;
import org.qsurv.model.json.QsurvJson;
import org.qsurv.testing.escalation.EscalationArbitraries;

/** Case storage: every event, of every kind, survives JSON unchanged, its hash included. */
class CaseEventJsonProperties {

  @Provide
  Arbitrary<ImmutableList<CaseEvent>> logs() {
    return EscalationArbitraries.logs();
  }

  @Property
  void aLogWrittenAsJsonReadsBackEqualWithTheSameHashes(@ForAll("logs") ImmutableList<CaseEvent> log)
      throws Exception {
    assertEquals(log, CaseEventJson.logFromJson(CaseEventJson.toJson(log)));
    for (CaseEvent event : log) {
      String row = CaseEventJson.toJson(event);
      CaseEvent back = CaseEventJson.fromJson(row);
      assertEquals(event, back);
      assertEquals(event.hash(), HashChain.hashOf(back));
      assertEquals(row, CaseEventJson.toJson(back), "the text is canonical");
    }
    String viaMapper = QsurvJson.mapper().writeValueAsString(log);
    List<CaseEvent> back = QsurvJson.mapper().readValue(viaMapper, new TypeReference<List<CaseEvent>>() {});
    assertEquals(log, back);
  }
}
