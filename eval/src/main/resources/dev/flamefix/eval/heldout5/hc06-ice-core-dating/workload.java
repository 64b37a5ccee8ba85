package glaciology.cores;

import java.util.function.Supplier;

public final class CoreDatingWorkload {
  public static Supplier<Object> workload() {
    int ties = 3_000;
    double[] depths = new double[ties];
    double[] ages = new double[ties];
    for (int i = 0; i < ties; i++) {
      depths[i] = i * 1.1;
      ages[i] = i * 1.1 * (8 + i / 400.0);
    }
    double[] samples = new double[4_000];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (i * 2_654_435_761L % 3_400_000L) / 1_000.0;
    }
    return () -> CoreDating.ages(depths, ages, samples);
  }
}
