package dev.flamefix.server.proposals;

import dev.flamefix.server.appconfig.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/proposals/**} and {@code GET /api/apps/{app}/savings}. */
@RestController
public class ProposalController {
  private final ProposalService proposals;

  public ProposalController(ProposalService proposals) {
    this.proposals = proposals;
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
  public Proposal accept(@PathVariable String id,
      @RequestBody(required = false) @Valid Decision decision) {
    return proposals.decide(id, true, Decision.comment(decision));
  }

  /** Rejects the proposal; body {@code {"comment": "..."}} is optional. 409 when already decided. */
  @PostMapping("/api/proposals/{id}/reject")
  public Proposal reject(@PathVariable String id,
      @RequestBody(required = false) @Valid Decision decision) {
    return proposals.decide(id, false, Decision.comment(decision));
  }

  @GetMapping("/api/apps/{app}/savings")
  public ProposalService.AppSavings savings(@PathVariable String app) {
    return proposals.savings(app);
  }

  /**
   * The body of accept/reject.
   *
   * @param comment why, at most 4000 characters
   */
  public record Decision(@Size(max = 4000, message = "at most 4000 characters") String comment) {

    static String comment(Decision decision) {
      return decision == null ? null : decision.comment();
    }
  }
}
