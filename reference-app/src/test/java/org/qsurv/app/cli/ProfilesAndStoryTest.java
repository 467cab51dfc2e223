package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsurv.app.cli.Cli.Run;

/**
 * {@code qsurv.jar evaluate [--profile NAME] FILE} and {@code qsurv.jar profiles}, as a new user
 * meets them: hazard 1 of the clinical-safety hazard log (a praising news story and one anonymous
 * message advised INTENSIVE, urgently) is calm at the command line; a profile is chosen by name
 * and an unknown name exits 2 listing the valid ones; a date outside the model's years is a
 * format problem (exit 2) with its JSON path.
 */
class ProfilesAndStoryTest {
  private static final String STORY = "{\"format\": \"qsurv-snapshot/1\", \"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Somerset ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"}],"
      + " \"indicators\": [], \"observations\": [],"
      + " \"intelligence\": [{\"id\": \"I-1\", \"provider\": \"RH5\", \"received\": \"2025-06-12\","
      + " \"source\": \"MEDIA\", \"nature\": \"SOFT\", \"domain\": \"EXPERIENCE\","
      + " \"summary\": \"Local paper praises the new maternity unit\"},"
      + " {\"id\": \"I-2\", \"provider\": \"RH5\", \"received\": \"2025-06-20\","
      + " \"source\": \"WHISTLEBLOWING\", \"nature\": \"SOFT\", \"domain\": \"SAFE\","
      + " \"summary\": \"Anonymous message: the ward rota is published late\"}],"
      + " \"risks\": [{\"id\": \"R-1\", \"provider\": \"RH5\", \"title\": \"Falls\","
      + " \"domain\": \"SAFE\", \"owner\": \"Matron\", \"likelihood\": 3, \"consequence\": 3,"
      + " \"lastReviewed\": \"2025-05-15\"}],"
      + " \"decisions\": [{\"provider\": \"RH5\", \"at\": \"2025-03-03\","
      + " \"decision\": \"PLACE_ON_ENHANCED\", \"by\": {\"name\": \"A. Director\","
      + " \"role\": \"ICB_DIRECTOR\"}, \"rationale\": \"Two never events in a quarter\"}]}";

  @TempDir
  Path dir;

  private Path write(String json) throws IOException {
    Path file = dir.resolve("snapshot.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void thePraiseAndTheAnonymousMessageGiveACalmRecommendation() throws IOException {
    Run run = Cli.run("evaluate", write(STORY).toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("\"format\" : \"qsurv-assessment/1\""), run.out());
    assertTrue(run.out().contains("\"level\" : \"ENHANCED\",\n      \"urgent\" : false"),
        run.out());
    assertFalse(run.out().contains("INTENSIVE"), run.out());
    assertFalse(run.out().contains("ESCALATION_ADVISED"), run.out());
  }

  @Test
  void aProfileIsChosenByNameAndChangesTheJudgement() throws IOException {
    Path file = write(STORY);
    Run national = Cli.run("evaluate", file.toString());
    Run dorset = Cli.run("evaluate", "--profile", "dorset-qf-2018", file.toString());
    assertEquals(0, dorset.status(), dorset.err());
    assertFalse(national.out().contains("REVIEW_OVERDUE"), national.out());
    assertTrue(dorset.out().contains("REVIEW_OVERDUE"), "000 §6.5: every risk monthly");
  }

  @Test
  void anUnknownProfileExitsTwoListingTheValidOnes() throws IOException {
    Run run = Cli.run("evaluate", "--profile", "dorset", write(STORY).toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals("qsurv evaluate: --profile dorset is not a profile; the profiles are:"
        + " nhs-defaults, somerset-qaif-2025, halton-warrington-qsif-2020, dorset-qf-2018,"
        + " cannock-chase-qs-2012, lewisham-qaf", run.err().strip());
  }

  @Test
  void profilesListsEveryProfileWithItsSource() {
    Run run = Cli.run("profiles");
    assertEquals(0, run.status());
    String[] lines = run.out().strip().split("\n");
    assertEquals(6, lines.length, run.out());
    assertTrue(lines[3].startsWith("dorset-qf-2018  (000) "), lines[3]);
    Run settings = Cli.run("profiles", "--settings");
    assertTrue(settings.out().contains("riskReview.highMonths = 1  [000 §6.5"), settings.out());
  }

  @Test
  void aDateOutsideTheModelsYearsExitsTwoWithItsPath() throws IOException {
    Run run = Cli.run("evaluate", write(STORY.replace("\"asOf\": \"2025-07-01\"",
        "\"asOf\": \"9999-12-31\"")).toString());
    assertEquals(2, run.status(), run.err());
    assertEquals("$.asOf: \"9999-12-31\" is outside the dates qsurv accepts (years 1900 to 2999)",
        run.err().strip());
  }
}
