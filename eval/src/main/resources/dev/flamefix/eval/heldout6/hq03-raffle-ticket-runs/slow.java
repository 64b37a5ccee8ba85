package charity.raffle;

public class TicketRuns {

  /** A run of consecutive sold numbers: the first number and how many (0 and 0 when none sold). */
  public record Run(int first, int length) {}

  /**
   * The longest run of consecutive ticket numbers among those sold (a number may be sold twice);
   * among equally long runs, the one with the smallest first number.
   */
  public Run longestRun(int[] sold) {
    int bestFirst = 0;
    int bestLength = 0;
    for (int number : sold) {
      if (isSold(sold, number - 1)) {
        continue;
      }
      int length = 1;
      int next = number + 1;
      while (isSold(sold, next)) {
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

  private static boolean isSold(int[] sold, int number) {
    for (int s : sold) {
      if (s == number) {
        return true;
      }
    }
    return false;
  }
}
