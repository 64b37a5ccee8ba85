// expect: "" + 
public class Fixture {
  public static String target(int[] rows, int[] cols, String[] names) {
    StringBuilder grid = new StringBuilder();
    int i = 0;
    while (i < rows.length) {
      String cell = String.format("%d%d%s", rows[i] + 1, cols[i] - 1, names[i]);
      grid.append(cell).append(String.format("%s", names[i])).append(String.format("[%-4d|%4d]", rows[i], cols[i] * 2));
      i++;
    }
    return grid.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {1, -2, Integer.MAX_VALUE, 0}, new int[] {3, 40000, Integer.MIN_VALUE, -1},
        new String[] {"a", null, "", "longer"}))).append('\n');
    out.append(safe(() -> target(new int[] {1}, new int[0], new String[] {"x"}))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
