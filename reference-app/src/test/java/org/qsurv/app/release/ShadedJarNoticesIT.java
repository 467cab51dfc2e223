package org.qsurv.app.release;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a procurement team reads in the shaded {@code qsurv.jar}: its licence, the notices and
 * licences of every library it bundles, and its CycloneDX SBOM. Runs after {@code package}
 * (failsafe), on the jar the build just made; a dependency added without a third-party notice
 * fails the build here.
 */
class ShadedJarNoticesIT {
  private static final String QSURV_GROUP = "org.qsurv";

  private static JarFile jar;
  private static JsonNode sbom;
  private static String thirdParty;

  @BeforeAll
  static void openTheJar() throws IOException {
    jar = new JarFile(Path.of(System.getProperty("qsurv.shaded.jar")).toFile());
    sbom = new ObjectMapper().readTree(entry("META-INF/sbom/bom.json"));
    thirdParty = entry("META-INF/THIRD-PARTY.txt");
  }

  @AfterAll
  static void closeTheJar() throws IOException {
    jar.close();
  }

  /** The jar's own licence is qsurv's Apache-2.0, not whichever bundled library's came first. */
  @Test
  void theLicenceIsQsurvsApacheLicence() throws IOException {
    String licence = entry("META-INF/LICENSE");
    assertEquals(Files.readString(Path.of(System.getProperty("qsurv.licence")), UTF_8), licence);
  }

  /** The NOTICE names qsurv and carries the bundled Apache libraries' notices (Apache-2.0 §4d). */
  @Test
  void theNoticeNamesQsurvAndKeepsTheBundledNotices() throws IOException {
    String notice = entry("META-INF/NOTICE");
    assertTrue(notice.contains("qsurv"), notice);
    assertTrue(notice.contains("Jackson"), "Jackson's NOTICE is merged: " + notice);
  }

  /** The third-party file in the jar is the one kept in the source tree, unchanged. */
  @Test
  void theThirdPartyFileIsTheMaintainedOne() throws IOException {
    assertEquals(Files.readString(Path.of(System.getProperty("qsurv.third.party")), UTF_8),
        thirdParty);
  }

  /**
   * Every library the SBOM says the jar bundles is named in THIRD-PARTY.txt by group and artifact
   * id, with each of its licences: a new dependency, or a dependency whose licence changed, fails
   * until its notice is written.
   */
  @Test
  void everyBundledLibraryAndLicenceIsNamedInTheThirdPartyNotice() {
    List<String> missing = new ArrayList<>();
    for (JsonNode component : sbom.path("components")) {
      String group = component.path("group").asText();
      if (group.equals(QSURV_GROUP)) {
        continue;
      }
      String coordinates = group + ":" + component.path("name").asText();
      if (!thirdParty.contains(coordinates)) {
        missing.add(coordinates);
      }
      for (JsonNode licence : component.path("licenses")) {
        JsonNode named = licence.path("license");
        String id = named.has("id") ? named.path("id").asText()
            : named.has("name") ? named.path("name").asText().replace(' ', '-')
            : licence.path("expression").asText();
        if (!thirdParty.contains(id)) {
          missing.add(coordinates + " licence " + id);
        }
      }
    }
    assertTrue(missing.isEmpty(), "not named in reference-app/src/main/shade/THIRD-PARTY.txt: "
        + missing);
  }

  /**
   * The SBOM lists what the jar bundles, with versions: every library whose Maven descriptor is in
   * the jar is a component of the same version, Guava and Jackson among them. A library that a
   * bundled library carries inside its own jar (Nimbus JOSE+JWT carries Gson) is not a Maven
   * dependency, so the SBOM cannot see it: THIRD-PARTY.txt must name it instead.
   */
  @Test
  void theSbomListsEveryBundledLibraryWithItsVersion() throws IOException {
    Map<String, String> inSbom = new TreeMap<>();
    for (JsonNode component : sbom.path("components")) {
      inSbom.put(component.path("group").asText() + ":" + component.path("name").asText(),
          component.path("version").asText());
    }
    Map<String, String> inJar = new TreeMap<>();
    for (JarEntry jarEntry : jar.stream().toList()) {
      if (jarEntry.getName().startsWith("META-INF/maven/")
          && jarEntry.getName().endsWith("/pom.properties")) {
        Properties pom = new Properties();
        try (InputStream in = jar.getInputStream(jarEntry)) {
          pom.load(in);
        }
        inJar.put(pom.getProperty("groupId") + ":" + pom.getProperty("artifactId"),
            pom.getProperty("version"));
      }
    }
    inJar.remove(QSURV_GROUP + ":reference-app");
    assertTrue(inJar.containsKey("com.google.guava:guava"), inJar.toString());
    assertTrue(inJar.containsKey("com.fasterxml.jackson.core:jackson-databind"), inJar.toString());
    TreeSet<String> wrong = new TreeSet<>();
    inJar.forEach((coordinates, version) -> {
      boolean embedded = !inSbom.containsKey(coordinates) && thirdParty.contains(coordinates);
      if (!embedded && !version.equals(inSbom.get(coordinates))) {
        wrong.add(coordinates + " " + version + " (SBOM: " + inSbom.get(coordinates) + ")");
      }
    });
    assertTrue(wrong.isEmpty(), "bundled, but neither in the SBOM at that version nor named in THIRD-PARTY.txt: " + wrong);
    assertEquals("application", sbom.path("metadata").path("component").path("type").asText());
  }

  private static String entry(String name) throws IOException {
    JarEntry found = jar.getJarEntry(name);
    assertTrue(found != null, "qsurv.jar has no " + name);
    try (InputStream in = jar.getInputStream(found)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
