package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The grammar of {@code serve --reminder-address OWNER=ADDRESS} (H48: an owner's digest goes to
 * the owner's own mailbox, never to one nobody meant): every owner the data can name, with spaces
 * inside it, is read exactly, spaces around it dropped; an entry without {@code =}, with no owner,
 * with an address that is not one or naming an owner twice is refused naming the entry.
 */
class ReminderAddressesTest {
  @Provide
  Arbitrary<String> owners() {
    return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z')
        .withChars(' ', ',', '-', '\'', '&').ofMinLength(1).ofMaxLength(60)
        .filter(o -> !o.isBlank());
  }

  /** Any owner and address, with spaces around either, gives that owner that address. */
  @Property
  void anEntryGivesItsOwnerItsAddress(@ForAll("owners") String owner,
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String mailbox) {
    String address = mailbox + "@icb.example";
    assertEquals(Map.of(owner.strip(), address),
        ReminderAddresses.parse(List.of(" " + owner + " = " + address + " ")));
  }

  /** An entry without {@code =} is refused, naming it. */
  @Property
  void anEntryWithoutEqualsIsRefusedNamingIt(@ForAll("owners") String entry) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReminderAddresses.parse(List.of(entry)));
    assertEquals("must be OWNER=ADDRESS but was \"" + entry + "\"", e.getMessage());
  }

  /** Several owners, each with their own address; the first {@code =} ends the owner. */
  @Test
  void severalOwnersEachGetTheirOwn() {
    assertEquals(Map.of("Deputy Chief Nurse", "dcn@icb.example",
            "Head of Quality, Primary Care", "hqpc@icb.example"),
        ReminderAddresses.parse(List.of("Deputy Chief Nurse=dcn@icb.example",
            "Head of Quality, Primary Care=hqpc@icb.example")));
    assertEquals(Map.of(), ReminderAddresses.parse(List.of()));
  }

  /** An empty owner, a bad address and an owner named twice are each refused, naming why. */
  @Test
  void badEntriesAreRefusedNamingTheEntry() {
    String[][] probes = {
        {" =dcn@icb.example", "must name an owner before = but was \" =dcn@icb.example\""},
        {"Deputy Chief Nurse=", "must give Deputy Chief Nurse an e-mail address but was "
            + "\"Deputy Chief Nurse=\""},
        {"Deputy Chief Nurse=dcn at icb", "must give Deputy Chief Nurse an e-mail address but "
            + "was \"Deputy Chief Nurse=dcn at icb\""},
        {"Deputy Chief Nurse=dcn@icb.example=x", "must give Deputy Chief Nurse an e-mail address"
            + " but was \"Deputy Chief Nurse=dcn@icb.example=x\""}};
    for (String[] probe : probes) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ReminderAddresses.parse(List.of(probe[0])), probe[0]);
      assertEquals(probe[1], e.getMessage());
    }
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> ReminderAddresses.parse(List.of("Deputy Chief Nurse=dcn@icb.example",
            "Deputy Chief Nurse =other@icb.example")));
    assertEquals("names Deputy Chief Nurse twice: \"Deputy Chief Nurse =other@icb.example\" "
        + "after Deputy Chief Nurse=dcn@icb.example", twice.getMessage());
    assertTrue(twice.getMessage().contains("other@icb.example"));
  }
}
