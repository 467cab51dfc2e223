package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qsurv.jar report KIND FILE}: each governance report (004 §4.4, 000 §6.7, 004 §4.3,
 * 003 §5.3.4) of the documented example snapshot and of a story snapshot, in Markdown and HTML,
 * always saying what it is as of and listing missing or stale data first; bad arguments exit 2
 * naming the option and the value, with nothing written.
 */
class ReportCommandTest {
  private static final String EXAMPLE = "../quality-model/src/test/resources/snapshots/example-1.1.json";
  private static final String DIRECTOR = "\"by\": {\"name\": \"A. Director\", \"role\":"
      + " \"ICB_DIRECTOR\"}";
  /** A Somerset-style story: RH5 enhanced since March, a visit, a deep dive and an LD unit. */
  private static final String STORY = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\":"
      + " \"2025-07-01\", \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Somerset ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
      + " {\"code\": \"1-202345678\", \"name\": \"Willow <Unit>\", \"kind\":"
      + " \"LD_AUTISM_INPATIENT\"}], \"indicators\": [], \"observations\": [],"
      + " \"intelligence\": [{\"id\": \"I-1\", \"provider\": \"1-202345678\", \"received\":"
      + " \"2025-06-12\", \"source\": \"COMPLAINT\", \"nature\": \"SOFT\", \"domain\": \"SAFE\","
      + " \"summary\": \"<script>alert(1)</script> restraint *outside* policy\"}],"
      + " \"risks\": [], \"decisions\": [{\"provider\": \"RH5\", \"at\": \"2025-03-03\","
      + " \"decision\": \"PLACE_ON_ENHANCED\", " + DIRECTOR + ", \"rationale\": \"Mortality\"}],"
      + " \"visits\": [{\"id\": \"V-1\", \"provider\": \"RH5\", \"date\": \"2025-06-03\","
      + " \"kind\": \"UNANNOUNCED\", \"status\": \"DONE\", \"findings\": [{\"domain\": \"SAFE\","
      + " \"tone\": \"CONCERN\", \"summary\": \"Two nurses for 28 beds\"}]}],"
      + " \"deepDives\": [{\"id\": \"DD-1\", \"provider\": \"RH5\", \"authorised\":"
      + " \"2025-06-20\", " + DIRECTOR + ", \"riskAssessment\": \"Mortality above range\","
      + " \"rationale\": \"Pathway review\"}]}";

  @TempDir
  Path dir;

  private Path story() throws IOException {
    Path file = dir.resolve("story.json");
    Files.writeString(file, STORY, StandardCharsets.UTF_8);
    return file;
  }

  /** Every kind of report of the documented example: as of its date, missing data first. */
  @Test
  void everyKindOfReportOfTheExampleSaysWhatItIsAsOfAndWhatIsMissingFirst() {
    for (String kind : ReportCommand.KINDS) {
      Cli.Run run = Cli.run("report", kind, EXAMPLE);
      assertEquals(0, run.status(), kind + ": " + run.err());
      assertEquals("", run.err(), kind);
      String md = run.out();
      assertTrue(md.startsWith("# "), kind + ":\n" + md);
      assertTrue(md.contains("**As of 2025-07-01**"), kind + ":\n" + md);
      int missing = md.indexOf("## Missing or stale data");
      assertTrue(missing > 0 && md.indexOf("\n## ", missing + 1) > missing, kind + ":\n" + md);
    }
  }

  /**
   * Every report says the policy profile it was evaluated under, by title and name (hazard H44):
   * in Markdown, in HTML and in the board pack, under the default and under --profile (001
   * §7.0-7.1 for the Cannock Chase profile).
   */
  @Test
  void everyReportSaysTheProfileItWasEvaluatedUnder() {
    String cannock = "Evaluated under the policy profile Cannock Chase CCG Quality Strategy 2012"
        + " (cannock-chase-qs-2012).";
    for (String kind : ReportCommand.KINDS) {
      Cli.Run html = Cli.run("report", kind, EXAMPLE, "--format", "html", "--profile",
          "cannock-chase-qs-2012");
      assertEquals(0, html.status(), html.err());
      assertTrue(html.out().contains(cannock), kind + ": " + html.out());
      Cli.Run md = Cli.run("report", kind, EXAMPLE);
      assertTrue(md.out().contains("Evaluated under the policy profile National defaults: NQB"
          + " 2022 levels, 004 §4.4's risk rule (nhs-defaults)."), kind + ": " + md.out());
    }
  }

  @Test
  void theServiceAreaReportHasItsThreeSectionsAndTheStatutoryAssurance() {
    String md = Cli.run("report", "service-area", EXAMPLE, "--area", "Acute services",
        "--kinds", "ACUTE").out();
    assertTrue(md.startsWith("# Quality report: Acute services\n"), md);
    for (String heading : new String[] {"## Routine", "## Enhanced (1)", "## Intensive (0)",
        "### RH5 Somerset NHS Foundation Trust: insight", "## Assurance on statutory and"
            + " regulatory responsibilities"}) {
      assertTrue(md.contains(heading), heading + " in\n" + md);
    }
  }

  /** The directors' report of the story lists the month's deep dive and RH5's Level 3. */
  @Test
  void theDirectorsReportOfTheStoryListsTheMonthsDeepDive() throws IOException {
    String md = Cli.run("report", "directors", story().toString()).out();
    assertTrue(md.contains("- 2025-06-20 RH5: deep dive DD-1 authorised by A. Director"), md);
    assertTrue(md.contains("RH5 Somerset FT: ENHANCED since 2025-03-03"), md);
    assertTrue(md.contains("; assurance LEVEL\\_3"), md);
  }

  /** The agenda tables RH5 and reports the deep dive's month as its changes' window. */
  @Test
  void theQsgAgendaOfTheStoryTablesTheEnhancedProvider() throws IOException {
    String md = Cli.run("report", "qsg-agenda", story().toString(), "--since", "2025-05-01")
        .out();
    assertTrue(md.contains("## 1\\. RH5 Somerset FT: ENHANCED since 2025-03-03"), md);
    assertTrue(md.contains("Changes since 2025-05-01"), md);
  }

  /**
   * The host notes in HTML: a standalone page with print styles, the LD unit only, and every text
   * escaped, the unit's name and the summary's script tag too.
   */
  @Test
  void theHostNotesInHtmlArePrintableAndEscapeEverything() throws IOException {
    Path out = dir.resolve("notes.html");
    Cli.Run run = Cli.run("report", "host-notes", story().toString(), "--format", "html",
        "--output", out.toString(), "--contact", "J. Smith <j.smith@example.nhs.uk>");
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out(), "written to the file, not stdout");
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("@page { size: A4;"), html);
    assertTrue(html.contains("<h2>1-202345678 Willow &lt;Unit&gt;</h2>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; restraint *outside*"
        + " policy"), html);
    assertTrue(html.contains("J. Smith &lt;j.smith@example.nhs.uk&gt;"), html);
    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("RH5 Somerset FT</h2>"), "only hosted LD and autism units");
  }

  /** Markdown cannot be injected: a summary's tags and emphasis are escaped. */
  @Test
  void markdownEscapesWhatWouldMakeStructure() throws IOException {
    String md = Cli.run("report", "host-notes", story().toString()).out();
    assertTrue(md.contains("\\<script\\>alert(1)\\</script\\> restraint \\*outside\\* policy"),
        md);
    assertTrue(md.contains("no named host commissioner"), md);
  }

  /** An earlier --as-of evaluates only what had happened by then, and says so. */
  @Test
  void anEarlierAsOfReportsAsOfThatDate() throws IOException {
    String md = Cli.run("report", "directors", story().toString(), "--as-of", "2025-06-15")
        .out();
    assertTrue(md.contains("**As of 2025-06-15**"), md);
    assertFalse(md.contains("DD-1"), "authorised after that date");
  }

  /** A report as of a date after the snapshot's would show its data as current: refused. */
  @Test
  void anAsOfAfterTheSnapshotIsRefused() throws IOException {
    Cli.Run run = Cli.run("report", "directors", story().toString(), "--as-of", "2025-08-01");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals("qsurv report: --as-of 2025-08-01 is after the snapshot's date 2025-07-01: the"
        + " report would show its data as current on a date it knows nothing of\n",
        run.err().replace("\r\n", "\n"));
  }

  @Test
  void badArgumentsExit2NamingTheOptionAndTheValue() throws IOException {
    String file = story().toString();
    String[][] cases = {
        {"report", "weekly", file},
        {"report", "directors", file, "--format", "docx"},
        {"report", "directors", file, "--as-of", "2025-13-01"},
        {"report", "directors", file, "--profile", "nowhere"},
        {"report", "service-area", file, "--kinds", "HOSPITAL"},
        {"report", "directors", file, "--months", "0"}};
    String[] expected = {"KIND \"weekly\" is not a report; the reports are: service-area,"
        + " directors, qsg-agenda, host-notes", "--format \"docx\" is not a format; the formats are:"
            + " markdown, html, pdf",
        "--as-of \"2025-13-01\" is not a date (YYYY-MM-DD)", "--profile nowhere is not a profile",
        "--kinds \"HOSPITAL\" is not a provider kind", "--months 0 is not between 1 and 24"};
    for (int i = 0; i < cases.length; i++) {
      Cli.Run run = Cli.run(cases[i]);
      assertEquals(2, run.status(), String.join(" ", cases[i]));
      assertEquals("", run.out(), String.join(" ", cases[i]));
      assertTrue(run.err().startsWith("qsurv report: " + expected[i]), run.err());
    }
  }

  /** An invalid snapshot: every problem with its path, exit 2, nothing written. */
  @Test
  void anInvalidSnapshotExits2WithItsProblems() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, STORY.replace("\"ICB_DIRECTOR\"}, \"riskAssessment\"",
        "\"VIEWER\"}, \"riskAssessment\""));
    Cli.Run run = Cli.run("report", "directors", file.toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("$.deepDives[0].by.role: is VIEWER"), run.err());
  }

  @Test
  void helpListsTheKinds() {
    String help = Cli.run("report", "--help").out();
    for (String kind : ReportCommand.KINDS) {
      assertTrue(help.contains("  " + kind + " "), kind + " in\n" + help);
    }
  }
}
