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
    String board = raceName + "\n";
    int place = 1;
    for (Finish finish : finishes) {
      if (finish.retired()) {
        continue;
      }
      board += place + ". " + finish.sailNumber() + " " + finish.boat() + " (" + finish.helm() + ") "
          + elapsed(finish.elapsedSeconds()) + "\n";
      place++;
    }
    for (Finish finish : finishes) {
      if (finish.retired()) {
        board += "RET " + finish.sailNumber() + " " + finish.boat() + "\n";
      }
    }
    return board;
  }

  private static String elapsed(long seconds) {
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    return hours + ":" + (minutes < 10 ? "0" : "") + minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }
}
