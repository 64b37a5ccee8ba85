package stadium.acoustics;

import java.util.List;

public class DecibelMeter {

  /** A reading from the pitch-side meter: when, and the level in hundredths of a dB. */
  public record Sample(long epochMs, int centiDb) {}

  /** Samples seen, samples whose trailing average broke the limit, when that first happened, loudest average. */
  public record Report(int samples, int breaches, Long firstBreachMs, double loudestAverage) {}

  private final long windowMs;
  private final int limitCentiDb;

  /**
   * @param windowMs length of the trailing window the licence limit applies to
   * @param limitCentiDb the licence limit on the window's average level, in hundredths of a dB
   */
  public DecibelMeter(long windowMs, int limitCentiDb) {
    if (windowMs <= 0) {
      throw new IllegalArgumentException("window must be positive: " + windowMs);
    }
    this.windowMs = windowMs;
    this.limitCentiDb = limitCentiDb;
  }

  /**
   * For every sample, the average of the samples in (its time - window, its time]; the meter feed
   * must be in time order (equal times allowed).
   */
  public Report scan(List<Sample> samples) {
    Sample[] feed = samples.toArray(new Sample[0]);
    int breaches = 0;
    Long firstBreachMs = null;
    double loudest = 0;
    int left = 0;
    long sum = 0;
    for (int i = 0; i < feed.length; i++) {
      Sample now = feed[i];
      if (i > 0 && now.epochMs() < feed[i - 1].epochMs()) {
        throw new IllegalArgumentException("sample " + i + " is out of order");
      }
      sum += now.centiDb();
      long cutoff = now.epochMs() - windowMs;
      while (feed[left].epochMs() <= cutoff) {
        sum -= feed[left].centiDb();
        left++;
      }
      int count = i - left + 1;
      if (sum > (long) limitCentiDb * count) {
        breaches++;
        if (firstBreachMs == null) {
          firstBreachMs = now.epochMs();
        }
      }
      double average = (double) sum / count;
      if (i == 0 || average > loudest) {
        loudest = average;
      }
    }
    return new Report(feed.length, breaches, firstBreachMs, loudest);
  }
}
