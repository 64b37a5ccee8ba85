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
    int breaches = 0;
    Long firstBreachMs = null;
    double loudest = 0;
    for (int i = 0; i < samples.size(); i++) {
      Sample now = samples.get(i);
      if (i > 0 && now.epochMs() < samples.get(i - 1).epochMs()) {
        throw new IllegalArgumentException("sample " + i + " is out of order");
      }
      long sum = 0;
      int count = 0;
      for (int j = i; j >= 0 && samples.get(j).epochMs() > now.epochMs() - windowMs; j--) {
        sum += samples.get(j).centiDb();
        count++;
      }
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
    return new Report(samples.size(), breaches, firstBreachMs, loudest);
  }
}
