package locksmith.blanks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class KeyCuttingWorkload {
  public static Supplier<Object> workload() {
    List<KeyCutting.Blank> wall = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      wall.add(new KeyCutting.Blank("UL" + (100 + i), 180 + i % 250, 40 + i % 35));
    }
    List<KeyCutting.OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      String profile = i % 5 < 3 ? "ul" + (100 + (i * 31) % 400) : "YA" + (i % 12);
      lines.add(new KeyCutting.OrderLine(profile, 1 + i % 3));
    }
    KeyCutting shop = new KeyCutting(wall);
    return () -> shop.quote(lines);
  }
}
