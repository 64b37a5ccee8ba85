package caving.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    long[] answers = new long[questions.size()];
    for (int q = 0; q < answers.length; q++) {
      Question question = questions.get(q);
      Map<Integer, Long> wayOut = new HashMap<>();
      long walked = 0;
      for (int s = question.from(); s != -1; s = parent[s]) {
        wayOut.put(s, walked);
        walked += legCm[s];
      }
      walked = 0;
      int s = question.to();
      while (!wayOut.containsKey(s)) {
        walked += legCm[s];
        s = parent[s];
      }
      answers[q] = walked + wayOut.get(s);
    }
    return answers;
  }
}
