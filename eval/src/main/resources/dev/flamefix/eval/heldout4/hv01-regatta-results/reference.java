package sailing.regatta;

import java.util.List;

public class ResultsBoard {

  public record Finish(String boat, String helm, int sailNumber, long elapsedSeconds, boolean retired) {}

  private final String raceName;

  public ResultsBoard(String raceName) {
    this.raceName = raceName;
  }

  /**
   * The plain-text board pinned up in the clubhouse: the race name, then the finishers in the order
   * given (already sorted by corrected time) with their place, then every retired boat as RET.
   */
  public String render(List<Finish> finishes) {
    StringBuilder board = new StringBuilder(32 + 48 * finishes.size());
    board.append(raceName).append('\n');
    int place = 1;
    for (Finish finish : finishes) {
      if (finish.retired()) {
        continue;
      }
      board.append(place).append(". ").append(finish.sailNumber()).append(' ').append(finish.boat())
          .append(" (").append(finish.helm()).append(") ");
      appendElapsed(board, finish.elapsedSeconds());
      board.append('\n');
      place++;
    }
    for (Finish finish : finishes) {
      if (finish.retired()) {
        board.append("RET ").append(finish.sailNumber()).append(' ').append(finish.boat()).append('\n');
      }
    }
    return board.toString();
  }

  private static void appendElapsed(StringBuilder out, long seconds) {
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    out.append(hours).append(':');
    if (minutes < 10) {
      out.append('0');
    }
    out.append(minutes).append(':');
    if (rest < 10) {
      out.append('0');
    }
    out.append(rest);
  }
}
