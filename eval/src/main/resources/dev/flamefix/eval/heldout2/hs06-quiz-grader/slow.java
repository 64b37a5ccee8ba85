package edu.coursekit.quiz;

import java.util.LinkedList;
import java.util.List;

public class QuizAttempt {

  /** The learner's choice per question in the order answered; -1 = skipped. */
  private final List<Integer> answers;

  public QuizAttempt(List<Integer> answers) {
    this.answers = new LinkedList<>(answers);
  }

  /**
   * Points for this attempt: {@code correct} per answer matching the key, minus {@code penalty}
   * per wrong answer, nothing for skipped ones. Questions past the last answer count as skipped;
   * answers past the end of the key are ignored.
   */
  public int score(int[] key, int correct, int penalty) {
    int points = 0;
    for (int q = 0; q < key.length; q++) {
      if (q >= answers.size()) {
        break;
      }
      int given = answers.get(q);
      if (given < 0) {
        continue;
      }
      points += given == key[q] ? correct : -penalty;
    }
    return points;
  }
}
