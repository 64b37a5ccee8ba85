// expect: if (seenSeen == null ? !seen.contains(glaze) : seenSeen.add(glaze))
import java.util.*;

public class Fixture {
  enum Glaze { CELADON, TENMOKU, SHINO, ASH, RAKU, SALT, SODA, ORIBE, CRACKLE, MATTE, CRYSTAL }

  public static String target(int[] kilns, Glaze[] glazes) {
    Map<Integer, List<Glaze>> perKiln = new TreeMap<>();
    int repeats = 0;
    for (int i = 0; i < kilns.length; i++) {
      int kiln = kilns[i];
      Glaze glaze = glazes[i];
      List<Glaze> seen = perKiln.computeIfAbsent(kiln, k -> new LinkedList<>());
      if (seen.contains(glaze)) repeats++;
      if (!seen.contains(glaze)) {
        seen.add(glaze);
        repeats += seen.size() > 2 ? 100 : 0;
      }
    }
    return perKiln + " repeats=" + repeats;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Glaze c = Glaze.CELADON, t = Glaze.TENMOKU, s = Glaze.SHINO;
    out.append(safe(() -> target(new int[] {2, 1, 2, 2, 1, 2, 2}, new Glaze[] {c, t, c, s, t, t, null}))).append('\n');
    out.append(safe(() -> target(new int[] {3, 3}, new Glaze[] {null, null}))).append('\n');
    out.append(safe(() -> target(new int[] {1}, new Glaze[] {}))).append('\n');
    int[] ks = new int[120];
    Glaze[] gs = new Glaze[120];
    for (int i = 0; i < 120; i++) {
      ks[i] = i % 2;
      gs[i] = i % 13 == 12 ? null : Glaze.values()[(i * 5) % Glaze.values().length];
    }
    out.append(safe(() -> target(ks, gs))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
