package org.qsurv.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A client of the JSON API: no cookies, the token (if any) as {@code Authorization: Bearer}. */
final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final Optional<String> token;

  ApiClient(String base, Optional<String> token) {
    this.base = base;
    this.token = token;
  }

  static ApiClient of(TestApp app, String token) {
    return new ApiClient(app.base(), Optional.of(token));
  }

  static ApiClient anonymous(TestApp app) {
    return new ApiClient(app.base(), Optional.empty());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return post(path, "application/json", json);
  }

  HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    return request;
  }

  HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON (" + response.statusCode() + "): "
          + response.body(), e);
    }
  }
}
