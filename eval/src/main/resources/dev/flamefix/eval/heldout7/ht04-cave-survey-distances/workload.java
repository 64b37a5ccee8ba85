package caving.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class PassageDistancesWorkload {
  public static Supplier<Object> workload() {
    int n = 6_000;
    int[] parent = new int[n];
    int[] leg = new int[n];
    parent[0] = -1;
    for (int s = 1; s < n; s++) {
      // mostly long passages surveyed station after station, with side passages now and then
      parent[s] = s % 50 == 0 ? s - 25 : s - 1;
      leg[s] = 150 + (s * 7_919) % 1_200;
    }
    List<PassageDistances.Question> questions = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      questions.add(new PassageDistances.Question((i * 1_009) % n, (i * 4_001 + 17) % n));
    }
    PassageDistances survey = new PassageDistances();
    return () -> survey.distances(parent, leg, questions);
  }
}
