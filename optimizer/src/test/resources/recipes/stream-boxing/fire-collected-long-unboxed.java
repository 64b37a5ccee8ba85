// expect: long total = Arrays.stream(sizes).sum();
import java.util.*;
import java.util.stream.*;

public class Fixture {
  static final class Archive {
    private final String name;
    private final long bytes;

    Archive(String name, long bytes) {
      this.name = name;
      this.bytes = bytes;
    }

    long getBytes() {
      return bytes;
    }
  }

  /** Total size, archives over the limit and the largest one, in bytes. */
  public static String target(Collection<Archive> archives, long limit) {
    List<Long> sizes = archives.stream().map(Archive::getBytes).collect(Collectors.toList());
    long total = sizes.stream().mapToLong(Long::longValue).sum();
    long over = sizes.stream().filter(s -> s > limit).count();
    long largest = sizes.stream().max(Long::compare).orElse(-1L);
    return total + " " + over + " " + largest + " " + sizes.size();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Archive("a", 4096), new Archive("b", Long.MAX_VALUE), new Archive("c", 10)), 100))).append('\n');
    out.append(safe(() -> target(List.of(), 1))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Archive("a", 1), null), 1))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getName(); }
  }
}
