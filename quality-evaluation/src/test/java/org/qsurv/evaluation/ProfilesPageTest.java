package org.qsurv.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/profiles.md's side-by-side table is what the profiles run: every cell is rendered here from
 * {@link PolicyProfiles} (whose settings are read from the policies themselves), so a profile
 * changed without its page, or a page edited without the code, fails the build.
 */
class ProfilesPageTest {
  private static final String HEADING = "## Side by side";

  @Test
  void theSideBySideTableIsTheProfilesSettings() throws IOException {
    String page = Files.readString(Path.of("../docs/profiles.md"));
    List<String> documented = page.substring(page.indexOf(HEADING) + HEADING.length()).lines()
        .dropWhile(String::isBlank).takeWhile(line -> line.startsWith("|"))
        .collect(Collectors.toList());
    assertEquals(render(), String.join("\n", documented),
        "docs/profiles.md's table must be exactly the profiles' settings");
  }

  /**
   * The table: a row per setting; the national column gives value and source, every other column
   * {@code =} where the setting is inherited, else its value (bold where it differs from the
   * national one) and its source.
   */
  private static String render() {
    List<PolicyProfile> profiles = PolicyProfiles.all();
    PolicyProfile national = profiles.get(0);
    StringBuilder table = new StringBuilder("| setting |");
    profiles.forEach(p -> table.append(' ').append(p.name()).append(" |"));
    table.append("\n|---|").append("---|".repeat(profiles.size()));
    for (int i = 0; i < national.settings().size(); i++) {
      PolicyProfile.Setting base = national.settings().get(i);
      table.append("\n| `").append(base.name()).append("` |");
      for (PolicyProfile p : profiles) {
        PolicyProfile.Setting s = p.settings().get(i);
        assertEquals(base.name(), s.name(), p.name() + " lists its settings in another order");
        String value = p == national || s.value().equals(base.value())
            ? s.value() : "**" + s.value() + "**";
        table.append(' ').append(s.source().startsWith("inherits nhs-defaults")
            ? "=" : value + " (" + s.source() + ")").append(" |");
      }
    }
    return table.toString();
  }
}
