package bakery.shelf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class LabelSheetWorkload {
  public static Supplier<Object> workload() {
    String[] names = {"Sourdough", "Baguette", "Rye", "Brioche", "Spelt", "Ciabatta", "Seeded"};
    List<LabelSheet.Loaf> loaves = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      loaves.add(new LabelSheet.Loaf(names[i % names.length] + " " + i % 13, 150 + (i * 37) % 900, 1 + i % 6, i % 5 == 0));
    }
    String bakedOn = LocalDate.of(2026, 12, 5).toString();
    return () -> LabelSheet.render(loaves, bakedOn);
  }
}
