package edu.coursekit.quiz;

import java.util.Iterator;
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
    Iterator<Integer> given = answers.iterator();
    for (int q = 0; q < key.length && given.hasNext(); q++) {
      int choice = given.next();
      if (choice < 0) {
        continue;
      }
      points += choice == key[q] ? correct : -penalty;
    }
    return points;
  }
}
