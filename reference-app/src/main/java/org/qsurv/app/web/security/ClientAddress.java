package org.qsurv.app.web.security;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which address a request came from, for the sign-in throttle and the log. It is the TCP peer,
 * unless the peer is the one configured trusted proxy: then it is the last address that proxy
 * appended to {@code X-Forwarded-For}. A header from anyone else is ignored, so a client cannot
 * choose the address it is throttled under by sending the header itself.
 *
 * <pre>{@code
 * ClientAddress addresses = ClientAddress.behind(InetAddress.getByName("10.0.0.5"));
 * String client = addresses.of(request.getRemoteAddr(), forwardedForHeaders);
 * }</pre>
 *
 * @param trustedProxy the reverse proxy whose {@code X-Forwarded-For} is believed, if any
 * @since 1.0.0
 */
public record ClientAddress(Optional<InetAddress> trustedProxy) {
  /** Checks the field is present. */
  public ClientAddress {
    Objects.requireNonNull(trustedProxy, "trustedProxy");
  }

  /** The peer is always the client: no proxy is trusted. */
  public static ClientAddress direct() {
    return new ClientAddress(Optional.empty());
  }

  /** Behind {@code proxy}: its {@code X-Forwarded-For} names the client. */
  public static ClientAddress behind(InetAddress proxy) {
    return new ClientAddress(Optional.of(proxy));
  }

  /**
   * The client's address.
   *
   * @param peer the TCP peer's address, as text
   * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
   */
  public String of(String peer, List<String> forwardedFor) {
    if (trustedProxy.isEmpty() || !isTrustedProxy(peer) || forwardedFor.isEmpty()) {
      return peer;
    }
    // The proxy appends the address it saw last; earlier entries are whatever the client sent.
    String header = forwardedFor.get(forwardedFor.size() - 1);
    String[] hops = header.split(",");
    String last = hops[hops.length - 1].trim();
    return InetAddresses.isInetAddress(last)
        ? InetAddresses.toAddrString(InetAddresses.forString(last)) : peer;
  }

  private boolean isTrustedProxy(String peer) {
    return InetAddresses.isInetAddress(peer)
        && InetAddresses.forString(peer).equals(trustedProxy.orElseThrow());
  }
}
