package dev.flamefix.bench.kb;

import dev.flamefix.kb.embed.Vectors;
import java.util.List;
import java.util.SplittableRandom;

/** Inputs shared by the knowledge-base benchmarks. */
final class Snippets {
  private Snippets() {}

  /** Hot methods of typical size (10–20 lines), one per common anti-pattern. */
  static final List<String> METHODS = List.of(
      """
      String renderReport(List<Order> orders) {
        String report = "";
        for (Order o : orders) {
          // one line per order
          report += o.id() + ";" + o.customer() + ";" + o.totalCents() + "\\n";
        }
        return report;
      }
      """,
      """
      int countKnownCustomers(List<Order> orders, List<String> known) {
        int n = 0;
        for (Order o : orders) {
          if (known.contains(o.customer())) {
            n++;
          }
        }
        return n;
      }
      """,
      """
      int countValidSkus(List<Order> orders) {
        int valid = 0;
        for (Order o : orders) {
          for (String sku : o.skus()) {
            if (sku.matches("[A-Z]{3}-[0-9]{4}")) {
              valid++;
            }
          }
        }
        return valid;
      }
      """,
      """
      long totalCents(List<Order> orders) {
        Long total = 0L;
        for (Order o : orders) {
          Long cents = o.totalCents();
          total += cents;
        }
        return total;
      }
      """);

  /** {@code n} random unit vectors of dimension {@code dim}, reproducible from {@code seed}. */
  static float[][] randomUnitVectors(int n, int dim, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[][] out = new float[n][dim];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < dim; j++) {
        // Sum of uniforms: cheap, roughly Gaussian, so directions are spread over the sphere.
        out[i][j] = (float) (r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5);
      }
      Vectors.normalize(out[i]);
    }
    return out;
  }
}
