package county.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RetrievalSlipsWorkload {
  public static Supplier<Object> workload() {
    String[] readers = {"Pryce", "Okafor", "Lindqvist", "Baptiste", "Nakamura", "Hughes", "Ferreira"};
    List<RetrievalSlips.Request> requests = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      int room = 1 + (i * 31) % 14;
      int shelf = 1 + (i * 17) % 40;
      int box = 1 + (i * 7_919) % 900;
      String mark = i % 211 == 0 ? "R" + room + "/S" + shelf : "R" + room + ".S" + shelf + ".B" + box;
      requests.add(new RetrievalSlips.Request(readers[i % readers.length], mark));
    }
    RetrievalSlips slips = new RetrievalSlips();
    return () -> slips.walkingOrder(requests);
  }
}
