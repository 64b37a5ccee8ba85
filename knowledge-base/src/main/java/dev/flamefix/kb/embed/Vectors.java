package dev.flamefix.kb.embed;

/** Small vector helpers shared by the embedders and stores. */
public final class Vectors {
  private Vectors() {}

  /** Scales {@code v} in place to unit L2 norm (a zero vector is left as is) and returns it. */
  public static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    if (sum > 0) {
      float inv = (float) (1.0 / Math.sqrt(sum));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
    return v;
  }

  /** Inner product of two equally long vectors. */
  public static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
