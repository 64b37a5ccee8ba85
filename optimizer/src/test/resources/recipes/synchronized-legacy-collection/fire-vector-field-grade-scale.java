// expect: private final ArrayList<Double> floors = new ArrayList<>();
import java.util.*;

public class Fixture {
  private final Vector<Double> floors = new Vector<>();
  private final Vector<String> letters = new Vector<>(8);

  Fixture(double[] minimums, String... grades) {
    for (int i = 0; i < minimums.length; i++) {
      this.floors.add(minimums[i]);
      letters.add(grades[i]);
    }
  }

  String target(double[] scores) {
    StringBuilder out = new StringBuilder();
    for (double s : scores) {
      String grade = "F";
      for (int i = 0; i < floors.size(); i++) {
        if (s >= floors.get(i)) { grade = letters.get(i); break; }
      }
      out.append(grade);
    }
    return out + " " + floors + " " + letters.contains("B") + floors.indexOf(50.0);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture(new double[] {90, 75, 50}, "A", "B", "C");
    out.append(safe(() -> f.target(new double[] {95, 80, 10, 50, 75}))).append('\n');
    out.append(safe(() -> new Fixture(new double[0]).target(new double[] {1}))).append('\n');
    out.append(safe(() -> new Fixture(new double[] {1}).target(new double[] {2}))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
