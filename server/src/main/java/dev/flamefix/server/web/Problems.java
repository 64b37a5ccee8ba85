package dev.flamefix.server.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one factory of the API's RFC 7807 answers: {@code type} is {@code
 * https://flamefix.dev/problems/<reason with dashes>}, and the stable {@code reason} goes next to
 * the human-readable {@code detail}. Used by {@link ApiExceptionHandler} inside Spring MVC and by
 * the security filter outside it, so both answer in the same shape.
 */
public final class Problems {

  private static final String TYPE_BASE = "https://flamefix.dev/problems/";

  private Problems() {}

  /**
   * A problem detail.
   *
   * @param status the HTTP status
   * @param title short, fixed per kind of problem (e.g. {@code Invalid request})
   * @param reason stable machine-readable code (e.g. {@code invalid_request})
   * @param detail what was wrong with this request
   */
  public static ProblemDetail of(HttpStatusCode status, String title, String reason, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create(TYPE_BASE + reason.replace('_', '-')));
    p.setProperty("reason", reason);
    return p;
  }
}
