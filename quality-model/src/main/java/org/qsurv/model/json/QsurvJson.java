package org.qsurv.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration for qsurv's value types: ISO dates, Guava collections and
 * {@code Optional}s, absent values left out, and unknown fields rejected (a typo must not pass
 * silently). Mapping only: the caller reads and writes the bytes.
 *
 * <pre>{@code
 * ObjectMapper json = QsurvJson.mapper();
 * String text = json.writeValueAsString(risk);
 * Risk back = json.readValue(text, Risk.class);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QsurvJson {
  private QsurvJson() {}

  /** A new mapper configured for qsurv's types; callers may configure their copy further. */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new GuavaModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
  }
}
