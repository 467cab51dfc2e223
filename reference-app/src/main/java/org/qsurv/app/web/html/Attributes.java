package org.qsurv.app.web.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The attributes of an element, built in order. Names come from code and are checked: no event
 * handler ({@code on...}), no {@code style} (the content security policy forbids inline styles) and
 * nothing that is not a plain name. Values may be anything: {@link HtmlBuilder} escapes them. A
 * value of an attribute that holds a URL ({@code href}, {@code src}, {@code action} ...) must be a
 * path on this site, a fragment or an {@code http(s):} or {@code mailto:} address, so that a
 * {@code javascript:} URL can never be written.
 *
 * <pre>{@code
 * Attributes a = Attributes.of("class", "nhs-link", "href", UrlPath.of("providers", code))
 *     .setIf(current, "aria-current", "page");
 * }</pre>
 */
public final class Attributes {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*(:[a-zA-Z][a-zA-Z0-9-]*)?");
  private static final Set<String> URL_ATTRIBUTES = Set.of(
      "href", "src", "action", "formaction", "cite", "poster", "xlink:href", "data");
  private static final Set<String> FORBIDDEN = Set.of("style", "srcdoc");
  private static final Pattern SAFE_URL = Pattern.compile(
      "(/(?![/\\\\])|#|\\?|https?://|mailto:)[^\\s]*", Pattern.CASE_INSENSITIVE);

  private final List<String[]> pairs = new ArrayList<>();

  private Attributes() {}

  /** No attributes. */
  public static Attributes none() {
    return new Attributes();
  }

  /**
   * Attributes from name, value pairs.
   *
   * @throws IllegalArgumentException if the count is odd, or a name or URL is refused
   */
  public static Attributes of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes must come as name, value pairs but there were " + namesAndValues.length
              + " strings");
    }
    Attributes attributes = new Attributes();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      attributes.set(namesAndValues[i], namesAndValues[i + 1]);
    }
    return attributes;
  }

  /**
   * Adds an attribute.
   *
   * @throws IllegalArgumentException if the name is refused, repeated, or a URL is unsafe
   */
  public Attributes set(String name, String value) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("attribute name must be a plain name but was " + name);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("on") || FORBIDDEN.contains(lower)) {
      throw new IllegalArgumentException("attribute " + name + " is not allowed: no script, no "
          + "inline style");
    }
    if (value == null) {
      throw new IllegalArgumentException("attribute " + name + " needs a value");
    }
    if (URL_ATTRIBUTES.contains(lower) && !SAFE_URL.matcher(value).matches()) {
      throw new IllegalArgumentException("attribute " + name
          + " must be a site path, fragment, http(s) or mailto URL but was " + value);
    }
    for (String[] pair : pairs) {
      if (pair[0].equals(name)) {
        throw new IllegalArgumentException("attribute " + name + " is set twice");
      }
    }
    pairs.add(new String[] {name, value});
    return this;
  }

  /** Adds the attribute only if {@code condition} holds. */
  public Attributes setIf(boolean condition, String name, String value) {
    return condition ? set(name, value) : this;
  }

  /** Adds the attribute only if a value is present. */
  public Attributes setIfPresent(String name, Optional<String> value) {
    return value.isPresent() ? set(name, value.get()) : this;
  }

  /** The value set for {@code name}, if any. */
  public Optional<String> get(String name) {
    for (String[] pair : pairs) {
      if (pair[0].equals(name)) {
        return Optional.of(pair[1]);
      }
    }
    return Optional.empty();
  }

  List<String[]> pairs() {
    return Collections.unmodifiableList(pairs);
  }
}
