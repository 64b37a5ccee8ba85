// expect: .matcher(sample).matches()
import java.util.*;
import java.util.stream.*;

public class Fixture {
  private final Map<String, List<String>> batches = new TreeMap<>();

  public Fixture() {
    batches.put("morning", List.of("LAB-0001", "lab-2", "LAB-12345", "LAB-9999"));
    batches.put("night", List.of("LAB-4242"));
    batches.put("empty", List.of());
  }

  public List<String> target() {
    List<String> clean = new ArrayList<>();
    batches.forEach((shift, samples) -> {
      if (samples.stream().allMatch(sample -> sample.matches("LAB-\\d{4}"))) clean.add(shift);
    });
    return clean;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    out.append(safe(f::target)).append('\n');
    f.batches.put("bad", Arrays.asList("LAB-1111", null));
    out.append(safe(f::target)).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
