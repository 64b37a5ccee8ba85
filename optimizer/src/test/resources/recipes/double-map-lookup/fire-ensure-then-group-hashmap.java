// expect: if (bucket == null) {
import java.util.*;

public class Fixture {
  static final class Sample {
    final long timestamp;
    final double value;
    Sample(long timestamp, double value) { this.timestamp = timestamp; this.value = value; }
  }

  public static Map<Long, List<Double>> target(List<Sample> samples, long bucketMillis) {
    var buckets = new HashMap<Long, List<Double>>();
    for (int i = 0; i < samples.size(); i++) {
      Long start = samples.get(i).timestamp / bucketMillis * bucketMillis;
      if (!buckets.containsKey(start))
        buckets.put(start, new ArrayList<>());
      buckets.get(start).add(samples.get(i).value);
    }
    return buckets;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Sample> s = new ArrayList<>();
    for (int i = 0; i < 40; i++) s.add(new Sample(i * 997L, i * 0.5));
    out.append(safe(() -> target(s, 1000))).append('\n');
    out.append(safe(() -> target(s, 0))).append('\n');
    out.append(safe(() -> target(List.of(), 10))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
