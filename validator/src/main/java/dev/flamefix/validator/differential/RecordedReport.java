package dev.flamefix.validator.differential;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What replaying recorded production calls did.
 *
 * @param method the recorded method's key
 * @param available calls handed to the child (after the request's cap)
 * @param dropped calls left out by the cap before the child
 * @param replayed calls run on both sides and compared
 * @param matched of those, calls on which both sides behaved the same
 * @param undecodable calls whose payload could not be read back here (a class missing from the
 *     class path, another format, arguments that do not fit the method) or whose receiver could
 *     not be rebuilt as the candidate's class; counted, never fatal
 * @param unjudged calls the original itself did not finish here (time, stack or heap), which say
 *     nothing about the candidate
 * @param notes the first few reasons for undecodable or unjudged calls
 */
@JsonIgnoreProperties(value = "summary", allowGetters = true)
public record RecordedReport(String method, int available, int dropped, int replayed,
    int matched, int undecodable, int unjudged, List<String> notes) {

  /** Shown in verdicts, the CLI and the dashboard: {@code replayed 12 recorded calls, 12 matched}. */
  @JsonProperty("summary")
  public String summary() {
    StringBuilder out = new StringBuilder("replayed " + replayed + " recorded call"
        + (replayed == 1 ? "" : "s") + ", " + matched + " matched");
    if (undecodable > 0) {
      out.append(", ").append(undecodable).append(" undecodable");
    }
    if (unjudged > 0) {
      out.append(", ").append(unjudged).append(" not finished by the original");
    }
    if (dropped > 0) {
      out.append(", ").append(dropped).append(" over the cap not replayed");
    }
    return out.toString();
  }
}
