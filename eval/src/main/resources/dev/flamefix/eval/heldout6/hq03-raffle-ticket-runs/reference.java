package charity.raffle;

import java.util.HashSet;
import java.util.Set;

public class TicketRuns {

  /** A run of consecutive sold numbers: the first number and how many (0 and 0 when none sold). */
  public record Run(int first, int length) {}

  /**
   * The longest run of consecutive ticket numbers among those sold (a number may be sold twice);
   * among equally long runs, the one with the smallest first number.
   */
  public Run longestRun(int[] sold) {
    Set<Integer> numbers = new HashSet<>(sold.length * 2);
    for (int s : sold) {
      numbers.add(s);
    }
    int bestFirst = 0;
    int bestLength = 0;
    for (int number : numbers) {
      if (numbers.contains(number - 1)) {
        continue;
      }
      int length = 1;
      int next = number + 1;
      while (numbers.contains(next)) {
        length++;
        next++;
      }
      if (length > bestLength || (length == bestLength && number < bestFirst)) {
        bestFirst = number;
        bestLength = length;
      }
    }
    return new Run(bestFirst, bestLength);
  }
}
