package astro.observatory;

import java.util.List;

public final class SeeingLog {

  public record Frame(String target, double fwhmArcsec, int exposureSeconds) {}

  public record Night(String date, String telescope, List<Frame> frames) {}

  private final double fwhmLimitArcsec;

  public SeeingLog(double fwhmLimitArcsec) {
    this.fwhmLimitArcsec = fwhmLimitArcsec;
  }

  /** Dates of the nights with at least one science frame (exposure > 0) blurrier than the limit. */
  public List<String> nightsToReobserve(List<Night> nights) {
    return nights.stream()
        .filter(night -> night.frames().stream().filter(this::tooBlurry).count() > 0)
        .map(Night::date)
        .toList();
  }

  private boolean tooBlurry(Frame frame) {
    return frame.exposureSeconds() > 0 && frame.fwhmArcsec() > fwhmLimitArcsec;
  }
}
