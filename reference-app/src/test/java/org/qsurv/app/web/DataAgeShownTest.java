package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.html.DataAge;
import org.qsurv.app.web.html.Xhtml;
import org.qsurv.model.organisation.Provider;

/**
 * Hazard H14, stale data shown as current: every page that shows a provider's assessment says what
 * it is as of and how old its newest return is, and warns, visibly and in words, when that return
 * is older than the policy age ({@link DataAge#stale}); the overview and the quality report name
 * every provider whose data is that old. The demo data set has providers of both kinds.
 */
class DataAgeShownTest {
  private static final String WARNING = "Warning: the data may be out of date.";
  private static TestApp app;
  private static TestApp.Client lead;

  @BeforeAll
  static void start() throws Exception {
    app = new TestApp();
    lead = app.signIn("m.ellery");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String text(String path) throws Exception {
    return Xhtml.parse(lead.get(path).body()).getDocumentElement().getTextContent();
  }

  /** The age of the provider's returns, by the pages' policy. */
  private static DataAge age(Provider p) {
    return app.app.assessments().currency(p.code()).orElseThrow().age();
  }

  private static Provider provider(boolean stale) {
    return app.ports.directory().providers().stream()
        .filter(p -> age(p).stale() == stale)
        .filter(p -> age(p).newest().isPresent())
        .findFirst().orElseThrow(() -> new AssertionError("the demo data set has a provider "
            + "whose data is " + (stale ? "" : "not ") + "stale"));
  }

  @Test
  void theProviderAndCasePagesOfAProviderWithCurrentDataSayHowOldItIsAndDoNotWarn()
      throws Exception {
    Provider current = provider(false);
    DataAge age = age(current);
    for (String path : new String[] {"/providers/" + current.code().value(),
        "/escalation/" + current.code().value()}) {
      String page = text(path);
      assertTrue(page.contains("Assessed as of 2025-07-01; the newest data is for "
          + age.newest().orElseThrow() + " (ended " + age.daysOld().orElseThrow()),
          path + " says how old the data is: " + page);
      assertFalse(page.contains(WARNING), path + " does not warn");
    }
  }

  @Test
  void theProviderAndCasePagesOfAProviderWithStaleDataWarnInWords() throws Exception {
    Provider stale = provider(true);
    DataAge age = age(stale);
    for (String path : new String[] {"/providers/" + stale.code().value(),
        "/escalation/" + stale.code().value()}) {
      String page = text(path);
      assertTrue(page.contains(WARNING + " Assessed as of 2025-07-01; the newest data is for "
          + age.newest().orElseThrow()), path + " warns: " + page);
      assertTrue(page.contains("a newer return was expected by " + age.staleAfter()
          .orElseThrow().minus(DataAge.GRACE)), path + " says when a newer return was due");
    }
  }

  @Test
  void theOverviewAndTheReportNameEveryProviderWhoseDataIsStale() throws Exception {
    String overview = text("/");
    String report = text("/reports/quality");
    long stale = 0;
    for (Provider p : app.ports.directory().providers()) {
      if (age(p).stale()) {
        stale++;
        assertTrue(overview.contains(p.name()), "the overview names " + p.name());
        assertTrue(report.contains(p.name()), "the report names " + p.name());
      }
    }
    assertTrue(stale > 0, "the demo data set has stale providers");
    assertTrue(overview.contains(stale + " providers have data older than the policy age"));
    assertTrue(report.contains(stale + " providers have data older than the policy age"));
  }
}
