package sawmill.cutlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

public final class BoardPricerWorkload {
  public static Supplier<Object> workload() {
    Map<String, String> formulas = Map.of(
        "oak", "L W * T * 12 / 9.5 * L W * T * 12 / 40 - 0 max 0.25 * +",
        "ash", "L W * T * 12 / 7.25 * 15 max",
        "larch", "L W T * * 12 / 3.8 * L 0.4 * +",
        "walnut", "W T * L * 12 / 18 * W 8 - 0 max 1.5 * L * +",
        "spruce", "L W * T * 12 / 2.1 * 4 +");
    String[] species = {"oak", "ash", "larch", "walnut", "spruce"};
    List<BoardPricer.Board> boards = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      boards.add(new BoardPricer.Board(species[i % species.length], 4 + (i % 13) * 0.5, 3 + (i * 7) % 9, 0.75 + (i % 4) * 0.25));
    }
    BoardPricer pricer = new BoardPricer(formulas);
    return () -> pricer.priceCents(boards);
  }
}
