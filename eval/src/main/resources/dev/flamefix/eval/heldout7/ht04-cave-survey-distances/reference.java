package caving.survey;

import java.util.List;

public class PassageDistances {

  /** Two survey stations a caver asks about. */
  public record Question(int from, int to) {}

  /**
   * Survey stations are numbered in the order they were surveyed; station 0 is the entrance
   * ({@code parent[0] == -1}) and every other station was surveyed from an earlier one
   * ({@code parent[i] < i}), with a leg of {@code legCm[i]} centimetres. Returns the distance along
   * the passages, in centimetres, for every question.
   */
  public long[] distances(int[] parent, int[] legCm, List<Question> questions) {
    int n = parent.length;
    long[] answers = new long[questions.size()];
    if (answers.length == 0) {
      return answers;
    }
    int[] depth = new int[n];
    long[] fromEntrance = new long[n];
    int levels = 1;
    while ((1 << levels) < n) {
      levels++;
    }
    int[][] up = new int[levels][n];
    for (int s = 0; s < n; s++) {
      int p = parent[s];
      if (p == -1) {
        depth[s] = 0;
        fromEntrance[s] = 0;
        up[0][s] = s;
      } else {
        depth[s] = depth[p] + 1;
        fromEntrance[s] = fromEntrance[p] + legCm[s];
        up[0][s] = p;
      }
    }
    for (int k = 1; k < levels; k++) {
      for (int s = 0; s < n; s++) {
        up[k][s] = up[k - 1][up[k - 1][s]];
      }
    }
    for (int q = 0; q < answers.length; q++) {
      Question question = questions.get(q);
      int a = question.from();
      int b = question.to();
      long da = fromEntrance[a];
      long db = fromEntrance[b];
      if (depth[a] < depth[b]) {
        int t = a;
        a = b;
        b = t;
      }
      int climb = depth[a] - depth[b];
      for (int k = 0; climb > 0; k++, climb >>= 1) {
        if ((climb & 1) != 0) {
          a = up[k][a];
        }
      }
      if (a != b) {
        for (int k = levels - 1; k >= 0; k--) {
          if (up[k][a] != up[k][b]) {
            a = up[k][a];
            b = up[k][b];
          }
        }
        a = up[0][a];
      }
      answers[q] = da + db - 2 * fromEntrance[a];
    }
    return answers;
  }
}
