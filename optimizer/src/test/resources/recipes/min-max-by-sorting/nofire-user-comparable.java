import java.util.*;

public class Fixture {
  record Version(int major, int minor) implements Comparable<Version> {
    public int compareTo(Version o) {
      return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }
  }

  public static Version target(List<Version> installed) {
    List<Version> sorted = new ArrayList<>(installed);
    Collections.sort(sorted);
    return sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
  }
}
