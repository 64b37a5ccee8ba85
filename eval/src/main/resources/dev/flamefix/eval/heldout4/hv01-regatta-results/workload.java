package sailing.regatta;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ResultsBoardWorkload {
  public static Supplier<Object> workload() {
    List<ResultsBoard.Finish> finishes = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      finishes.add(new ResultsBoard.Finish("Boat " + i, "Helm " + (i * 31) % 400, 1_000 + i,
          3_000 + (i * 97L) % 9_000, i % 17 == 0));
    }
    ResultsBoard board = new ResultsBoard("Club Championship Race 7");
    return () -> board.render(finishes);
  }
}
