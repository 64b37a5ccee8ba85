// refuses: not exactly one key test
import java.util.*;

public class Fixture {
  record Bin(String lane, int load) {}

  public static List<Bin> target(List<Bin> bins, List<String> lanes) {
    List<Bin> picked = new ArrayList<>();
    for (String lane : lanes) {
      bins.stream().filter(b -> b.lane().equals(lane) && b.load() < 10).findFirst().ifPresent(picked::add);
    }
    return picked;
  }

  public static String check() {
    return String.valueOf(target(List.of(new Bin("x", 12), new Bin("x", 3)), List.of("x")));
  }
}
