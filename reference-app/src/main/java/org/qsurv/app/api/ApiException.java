package org.qsurv.app.api;

import java.util.Objects;

/** A request the API refuses, with the problem document to answer; it changes nothing. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  ApiException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** A 400 naming the parameter or field and the value. */
  static ApiException badRequest(String detail) {
    return new ApiException(Problem.of(400, "bad-request", "The request is not valid", detail));
  }

  Problem problem() {
    return problem;
  }
}
