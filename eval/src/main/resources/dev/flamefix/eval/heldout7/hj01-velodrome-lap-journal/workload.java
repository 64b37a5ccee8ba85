package velodrome.timing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class LapJournalWorkload {
  public static Supplier<Object> workload() {
    List<LapJournal.Lap> laps = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      int bib = 11 + (i * 7) % 24;
      long split = 14_200_000L + (i * 104_729L) % 2_300_000L;
      laps.add(new LapJournal.Lap(bib, 1 + i / 24, split, i % 97 == 0));
    }
    LapJournal journal = new LapJournal();
    return () -> {
      try {
        return journal.journalAndReplay(laps);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }
}
