package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.net.InetAddresses;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The client's address for the sign-in throttle: {@code X-Forwarded-For} is believed only from
 * the configured proxy, so no client chooses the address it is throttled under.
 */
class ClientAddressTest {
  private static final ClientAddress BEHIND_PROXY =
      ClientAddress.behind(InetAddresses.forString("10.0.0.5"));

  @Property(tries = 1000)
  void aPeerThatIsNotTheProxyIsTheClientWhateverItSends(@ForAll("addresses") String peer,
      @ForAll("headers") List<String> forwardedFor) {
    if (peer.equals("10.0.0.5")) {
      return;
    }
    assertEquals(peer, BEHIND_PROXY.of(peer, forwardedFor));
    assertEquals(peer, ClientAddress.direct().of(peer, forwardedFor));
  }

  @Property(tries = 1000)
  void theProxysOwnLastEntryNamesTheClientWhateverWasPrepended(
      @ForAll("headers") List<String> sentByClient, @ForAll("addresses") String client) {
    String prepended = sentByClient.isEmpty() ? "" : String.join(", ", sentByClient) + ", ";
    assertEquals(client, BEHIND_PROXY.of("10.0.0.5", List.of(prepended + client)));
  }

  @Test
  void aProxyHeaderThatIsNoAddressLeavesThePeer() {
    assertEquals("10.0.0.5", BEHIND_PROXY.of("10.0.0.5", List.of("unknown")));
    assertEquals("10.0.0.5", BEHIND_PROXY.of("10.0.0.5", List.of()));
    assertEquals("2001:db8::1", BEHIND_PROXY.of("10.0.0.5", List.of("2001:db8:0:0:0:0:0:1")));
  }

  @Provide
  Arbitrary<String> addresses() {
    return Arbitraries.integers().between(0, 255).list().ofSize(4)
        .map(octets -> octets.get(0) + "." + octets.get(1) + "." + octets.get(2) + "."
            + octets.get(3));
  }

  @Provide
  Arbitrary<List<String>> headers() {
    return Arbitraries.oneOf(addresses(), Arbitraries.strings().ofMaxLength(20))
        .list().ofMaxSize(3);
  }
}
