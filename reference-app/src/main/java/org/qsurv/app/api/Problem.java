package org.qsurv.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * An RFC 9457 problem document, the body of every error the API answers ({@code
 * application/problem+json}): {@code type} (a {@code urn:qsurv:problem:} name a program can act
 * on), {@code title}, {@code status}, {@code detail} (what was wrong, naming the field and the
 * value) and, where the reader found several problems, {@code errors}, each with the JSON
 * {@code path} (or parameter) and its {@code message}.
 *
 * @param status the HTTP status
 * @param type the problem's short name, such as {@code invalid-snapshot}
 * @param title the kind of problem, in words
 * @param detail this occurrence, in words: the field and the value
 * @param errors every problem a reader found, if several
 * @since 1.1.0
 */
public record Problem(int status, String type, String title, String detail,
    ImmutableList<Error> errors) {
  /** The media type of a problem document. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One problem of several: where ({@code path}) and what ({@code message}). */
  public record Error(String path, String message) {
    /** Checks both are present. */
    public Error {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Checks every field. */
  public Problem {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("problem status must be 4xx or 5xx but was " + status);
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(errors, "errors");
  }

  /** A problem with no list of errors. */
  public static Problem of(int status, String type, String title, String detail) {
    return new Problem(status, type, title, detail, ImmutableList.of());
  }

  /** The document, as JSON text. */
  public String json(String instance) {
    ObjectNode body = JSON.createObjectNode();
    body.put("type", "urn:qsurv:problem:" + type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", instance);
    if (!errors.isEmpty()) {
      ArrayNode list = body.putArray("errors");
      errors.forEach(e -> list.addObject().put("path", e.path()).put("message", e.message()));
    }
    return body.toString();
  }
}
