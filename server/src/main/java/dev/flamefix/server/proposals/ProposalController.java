package dev.flamefix.server.proposals;

import dev.flamefix.server.appconfig.InvalidRequestException;
import dev.flamefix.server.appconfig.JsonBodies;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/proposals/**} and {@code GET /api/apps/{app}/savings}. */
@RestController
public class ProposalController {
  private final ProposalService proposals;
  private final JsonBodies bodies;

  public ProposalController(ProposalService proposals, JsonBodies bodies) {
    this.proposals = proposals;
    this.bodies = bodies;
  }

  /** Newest first; {@code status} is PROPOSED, ACCEPTED or REJECTED (any case). */
  @GetMapping("/api/proposals")
  public List<Proposal> list(@RequestParam(required = false) String app,
      @RequestParam(required = false) String status) {
    ProposalStatus s = null;
    if (status != null && !status.isBlank()) {
      try {
        s = ProposalStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(List.of("status: one of PROPOSED, ACCEPTED, REJECTED, was '" + status + "'"));
      }
    }
    return proposals.list(app == null || app.isBlank() ? null : app, s);
  }

  @GetMapping("/api/proposals/{id}")
  public Proposal get(@PathVariable String id) {
    return proposals.get(id);
  }

  /** Accepts the proposal; body {@code {"comment": "..."}} is optional. 409 when already decided. */
  @PostMapping("/api/proposals/{id}/accept")
  public Proposal accept(@PathVariable String id, HttpServletRequest request) throws IOException {
    return proposals.decide(id, true, comment(request));
  }

  /** Rejects the proposal; body {@code {"comment": "..."}} is optional. 409 when already decided. */
  @PostMapping("/api/proposals/{id}/reject")
  public Proposal reject(@PathVariable String id, HttpServletRequest request) throws IOException {
    return proposals.decide(id, false, comment(request));
  }

  @GetMapping("/api/apps/{app}/savings")
  public ProposalService.AppSavings savings(@PathVariable String app) {
    return proposals.savings(app);
  }

  private String comment(HttpServletRequest request) throws IOException {
    Decision d = bodies.read(request, Decision.class);
    if (d != null && d.comment() != null && d.comment().length() > 4000) {
      throw new InvalidRequestException(List.of("comment: at most 4000 characters"));
    }
    return d == null ? null : d.comment();
  }

  /** The body of accept/reject. */
  public record Decision(String comment) {}
}
